<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Log a call</source>
        <translation>Enregistrer un appel</translation>
    </message>
    <message>
        <source>Log an e-mail</source>
        <translation>Enregistrer un e-mail</translation>
    </message>
    <message>
        <source>Log a meeting</source>
        <translation>Enregistrer une réunion</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Ajouter une note</translation>
    </message>
    <message>
        <source>Call outcome</source>
        <translation>Résultat de l&apos;appel</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Joint</translation>
    </message>
    <message>
        <source>Left a voicemail</source>
        <translation>Message vocal laissé</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Pas de réponse</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Mauvais numéro</translation>
    </message>
    <message>
        <source>Asked to call back later</source>
        <translation>A demandé à être rappelé</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Résultat :</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Quand :</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Subject and summary</source>
        <translation>Objet et résumé</translation>
    </message>
    <message>
        <source>What to remember about this lead</source>
        <translation>Ce qu&apos;il faut retenir sur ce lead</translation>
    </message>
    <message>
        <source>What was said, what comes next</source>
        <translation>Ce qui a été dit, la suite à donner</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation>&amp;Détails :</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation>La note est vide.</translation>
    </message>
    <message>
        <source>The time is in the future: log what happened, and plan what comes next as a task.</source>
        <translation>L&apos;heure est dans le futur : enregistrez ce qui s&apos;est passé et planifiez la suite sous forme de tâche.</translation>
    </message>
</context>
<context>
    <name>ActivityType</name>
    <message>
        <source>Subscribed to the e-mail list</source>
        <translation>Inscrit à la liste de diffusion</translation>
    </message>
    <message>
        <source>E-mail sent</source>
        <translation>E-mail envoyé</translation>
    </message>
    <message>
        <source>E-mail opened</source>
        <translation>E-mail ouvert</translation>
    </message>
    <message>
        <source>E-mail link clicked</source>
        <translation>Lien d&apos;e-mail cliqué</translation>
    </message>
    <message>
        <source>E-mail replied</source>
        <translation>Réponse à l&apos;e-mail</translation>
    </message>
    <message>
        <source>E-mail bounced</source>
        <translation>E-mail rejeté (bounce)</translation>
    </message>
    <message>
        <source>Page visit</source>
        <translation>Visite de page</translation>
    </message>
    <message>
        <source>Form submitted</source>
        <translation>Formulaire envoyé</translation>
    </message>
    <message>
        <source>Content downloaded</source>
        <translation>Contenu téléchargé</translation>
    </message>
    <message>
        <source>Webinar attended</source>
        <translation>Participation à un webinaire</translation>
    </message>
    <message>
        <source>Meeting booked</source>
        <translation>Réunion planifiée</translation>
    </message>
    <message>
        <source>Meeting cancelled</source>
        <translation>Réunion annulée</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Free trial started</source>
        <translation>Essai gratuit démarré</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>Désabonné</translation>
    </message>
    <message>
        <source>Met at an event</source>
        <translation>Rencontré lors d&apos;un événement</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>Cannot back up to %1: %2</source>
        <translation>Impossible de sauvegarder vers %1 : %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>Backup to %1 failed: %2</source>
        <translation>Échec de la sauvegarde vers %1 : %2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>Impossible de créer le dossier de sauvegarde %1.</translation>
    </message>
</context>
<context>
    <name>BantDialog</name>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Rempli</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Non rempli</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Qualify %1 (BANT)</source>
        <translation>Qualifier %1 (BANT)</translation>
    </message>
    <message>
        <source>&amp;Budget: can they afford it?</source>
        <translation>&amp;Budget : peut-il se le permettre ?</translation>
    </message>
    <message>
        <source>Budget amount</source>
        <translation>Montant du budget</translation>
    </message>
    <message>
        <source>amount not known</source>
        <translation>montant inconnu</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Montant :</translation>
    </message>
    <message>
        <source>&amp;Authority: can this person decide?</source>
        <translation>&amp;Autorité : cette personne peut-elle décider ?</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Autorité</translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation>Décideur</translation>
    </message>
    <message>
        <source>Influencer</source>
        <translation>Influenceur</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Decision maker&apos;s name</source>
        <translation>Nom du décideur</translation>
    </message>
    <message>
        <source>who decides, when it is someone else</source>
        <translation>qui décide, si c&apos;est quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rôle :</translation>
    </message>
    <message>
        <source>Decision maker:</source>
        <translation>Décideur :</translation>
    </message>
    <message>
        <source>&amp;Need: do they really need it?</source>
        <translation>Be&amp;soin : en a-t-il vraiment besoin ?</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>the problem they want solved</source>
        <translation>le problème à résoudre</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Basse</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Haute</translation>
    </message>
    <message>
        <source>Pain:</source>
        <translation>Problème :</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Priorité :</translation>
    </message>
    <message>
        <source>&amp;Timing: when will they buy?</source>
        <translation>&amp;Timing : quand achètera-t-il ?</translation>
    </message>
    <message>
        <source>Expected purchase</source>
        <translation>Achat prévu</translation>
    </message>
    <message>
        <source>a date or a quarter, e.g. Q2 2027</source>
        <translation>une date ou un trimestre, p. ex. T2 2027</translation>
    </message>
    <message>
        <source>Delivery need</source>
        <translation>Besoin de livraison</translation>
    </message>
    <message>
        <source>Purchase by:</source>
        <translation>Achat d&apos;ici le :</translation>
    </message>
    <message>
        <source>Delivery needed:</source>
        <translation>Livraison requise :</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Rule for SQL: %1</source>
        <translation>Règle pour SQL : %1</translation>
    </message>
    <message>
        <source>Create a deal</source>
        <translation>Créer une affaire</translation>
    </message>
    <message>
        <source>Deal title</source>
        <translation>Titre de l&apos;affaire</translation>
    </message>
    <message>
        <source>Deal amount</source>
        <translation>Montant de l&apos;affaire</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Accepting moves the lead to SQL.</source>
        <translation>Accepter fait passer le lead en SQL.</translation>
    </message>
    <message>
        <source>Accepting moves the lead to Nurturing.</source>
        <translation>Accepter fait passer le lead en nurturing.</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note :</translation>
    </message>
    <message>
        <source>Reason for nurturing:</source>
        <translation>Motif du nurturing :</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>required: why not now, e.g. budget frozen until next year</source>
        <translation>obligatoire : pourquoi pas maintenant, p. ex. budget gelé jusqu&apos;à l&apos;an prochain</translation>
    </message>
    <message>
        <source>Move to SQL</source>
        <translation>Passer en SQL</translation>
    </message>
    <message>
        <source>Move to Nurturing</source>
        <translation>Passer en nurturing</translation>
    </message>
    <message>
        <source>Give the reason for nurturing: it goes into the stage history and the follow-up.</source>
        <translation>Indiquez le motif du nurturing : il est ajouté à l&apos;historique des étapes et au suivi.</translation>
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
        <translation>Autorité</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Besoin</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Timing</translation>
    </message>
    <message>
        <source>Sales qualified: %1 of 4 met (%2).</source>
        <translation>Qualifié commercial : %1 critères sur 4 remplis (%2).</translation>
    </message>
    <message>
        <source>Not qualified: %1 is required and not met.</source>
        <translation>Non qualifié : %1 est obligatoire et non rempli.</translation>
    </message>
    <message>
        <source>Not qualified: %1 of 4 met, %2 needed (missing: %3).</source>
        <translation>Non qualifié : %1 sur 4 remplis, %2 requis (manquant : %3).</translation>
    </message>
    <message>
        <source>all four criteria met</source>
        <translation>les quatre critères sont remplis</translation>
    </message>
    <message>
        <source>%1 of the four criteria met</source>
        <translation>%1 des quatre critères remplis</translation>
    </message>
    <message>
        <source>%1 of the four criteria met, including %2</source>
        <translation>%1 des quatre critères remplis, dont %2</translation>
    </message>
    <message>
        <source>The number of criteria to meet is from 1 to 4.</source>
        <translation>Le nombre de critères à remplir va de 1 à 4.</translation>
    </message>
    <message>
        <source>More criteria are required (%1) than need to be met (%2).</source>
        <translation>Plus de critères sont obligatoires (%1) que de critères à remplir (%2).</translation>
    </message>
</context>
<context>
    <name>CampaignRepository</name>
    <message>
        <source>A campaign needs a name.</source>
        <translation>Une campagne doit avoir un nom.</translation>
    </message>
    <message>
        <source>Campaign “%1”: the cost cannot be negative.</source>
        <translation>Campagne « %1 » : le coût ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>Campaign “%1”: visitors cannot be negative.</source>
        <translation>Campagne « %1 » : le nombre de visiteurs ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>Campaign “%1”: it ends (%2) before it starts (%3).</source>
        <translation>Campagne « %1 » : elle se termine (%2) avant de commencer (%3).</translation>
    </message>
    <message>
        <source>There is already a campaign named “%1”.</source>
        <translation>Il existe déjà une campagne nommée « %1 ».</translation>
    </message>
    <message>
        <source>There is no campaign #%1.</source>
        <translation>Il n&apos;y a pas de campagne n° %1.</translation>
    </message>
    <message>
        <source>A cost entry needs a day.</source>
        <translation>Une dépense doit indiquer un jour.</translation>
    </message>
    <message>
        <source>Cost entry of %1: cost, clicks and visitors cannot be negative.</source>
        <translation>Dépense du %1 : le coût, les clics et les visiteurs ne peuvent pas être négatifs.</translation>
    </message>
</context>
<context>
    <name>CampaignsDialog</name>
    <message>
        <source>not set</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>inbound</source>
        <translation>entrant</translation>
    </message>
    <message>
        <source>outbound</source>
        <translation>sortant</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Visiteurs</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>&amp;Save Campaign</source>
        <translation>&amp;Enregistrer la campagne</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>C&amp;anal</translation>
    </message>
    <message>
        <source>&amp;Cost</source>
        <translation>&amp;Coût</translation>
    </message>
    <message>
        <source>&amp;Visitors</source>
        <translation>&amp;Visiteurs</translation>
    </message>
    <message>
        <source>&amp;Starts on</source>
        <translation>Date de &amp;début</translation>
    </message>
    <message>
        <source>&amp;Ends on</source>
        <translation>Date de &amp;fin</translation>
    </message>
    <message>
        <source>Cost entries per day</source>
        <translation>Dépenses par jour</translation>
    </message>
    <message>
        <source>Cost entries</source>
        <translation>Dépenses</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Day of the entry</source>
        <translation>Jour de la dépense</translation>
    </message>
    <message>
        <source>Cost of the day</source>
        <translation>Coût du jour</translation>
    </message>
    <message>
        <source>Visitors of the day</source>
        <translation>Visiteurs du jour</translation>
    </message>
    <message>
        <source>Add or &amp;Replace</source>
        <translation>Ajouter ou rem&amp;placer</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Without cost entries, the cost and visitors are spread evenly over the campaign&apos;s days.</source>
        <translation>Sans dépenses, le coût et les visiteurs sont répartis uniformément sur les jours de la campagne.</translation>
    </message>
    <message numerus="yes">
        <source>Cost and visitors are the sums of the %n cost entries.</source>
        <translation>
            <numerusform>Le coût et les visiteurs proviennent de %n dépense.</numerusform>
            <numerusform>Le coût et les visiteurs sont la somme des %n dépenses.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Campaign</source>
        <translation>Enregistrer la campagne</translation>
    </message>
    <message>
        <source>New Campaign</source>
        <translation>Nouvelle campagne</translation>
    </message>
    <message>
        <source>Name of the campaign:</source>
        <translation>Nom de la campagne :</translation>
    </message>
    <message>
        <source>Delete Campaign</source>
        <translation>Supprimer la campagne</translation>
    </message>
    <message>
        <source>Delete the campaign “%1” and its cost entries? Its leads stay, without a campaign.</source>
        <translation>Supprimer la campagne « %1 » et ses dépenses ? Ses leads sont conservés, sans campagne.</translation>
    </message>
    <message>
        <source>Cost Entry</source>
        <translation>Dépense</translation>
    </message>
</context>
<context>
    <name>CaptureWindow</name>
    <message>
        <source>Capture — %1</source>
        <translation>Saisie — %1</translation>
    </message>
    <message>
        <source>Leave (Esc)</source>
        <translation>Quitter (Échap)</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>&amp;Hot</source>
        <translation>&amp;Chaud</translation>
    </message>
    <message>
        <source>&amp;Warm</source>
        <translation>&amp;Tiède</translation>
    </message>
    <message>
        <source>C&amp;old</source>
        <translation>&amp;Froid</translation>
    </message>
    <message>
        <source>Interest:</source>
        <translation>Intérêt :</translation>
    </message>
    <message>
        <source>Product interest</source>
        <translation>Intérêt produit</translation>
    </message>
    <message>
        <source>Product interest:</source>
        <translation>Intérêt produit :</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Enter saves; Shift+Enter starts a new line</source>
        <translation>Entrée enregistre ; Maj+Entrée insère une nouvelle ligne</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes :</translation>
    </message>
    <message>
        <source>Consent given to the wording below</source>
        <translation>Consentement donné au texte ci-dessous</translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation>Consentement :</translation>
    </message>
    <message>
        <source>Save and next (Enter)</source>
        <translation>Enregistrer et suivant (Entrée)</translation>
    </message>
    <message>
        <source>Already in the workspace?</source>
        <translation>Déjà dans l&apos;espace de travail ?</translation>
    </message>
    <message>
        <source>Save as a new lead instead</source>
        <translation>Enregistrer plutôt comme nouveau lead</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Doublons possibles</translation>
    </message>
    <message>
        <source>Update the selected lead instead</source>
        <translation>Mettre plutôt à jour le lead sélectionné</translation>
    </message>
    <message>
        <source>The lead being typed last time is back.</source>
        <translation>Le lead en cours de saisie la dernière fois a été restauré.</translation>
    </message>
    <message>
        <source>Updated %1 (#%2).</source>
        <translation>%1 mis à jour (n° %2).</translation>
    </message>
    <message>
        <source>Saved %1 (#%2).</source>
        <translation>%1 enregistré (n° %2).</translation>
    </message>
    <message>
        <source>Enter will update %1 (#%2) instead of creating a lead.</source>
        <translation>Entrée mettra à jour %1 (n° %2) au lieu de créer un lead.</translation>
    </message>
    <message>
        <source>Today: %1 · At this event: %2</source>
        <translation>Aujourd&apos;hui : %1 · Sur cet événement : %2</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Pourquoi : %1</translation>
    </message>
    <message>
        <source>The badge could not be read; type the details instead.</source>
        <translation>Le badge n&apos;a pas pu être lu ; saisissez les informations à la main.</translation>
    </message>
    <message>
        <source>Badge read: check the details, choose the interest, then Enter.</source>
        <translation>Badge lu : vérifiez les informations, choisissez l&apos;intérêt, puis Entrée.</translation>
    </message>
</context>
<context>
    <name>ChangeStageDialog</name>
    <message>
        <source>Change lifecycle stage</source>
        <translation>Changer l&apos;étape du cycle de vie</translation>
    </message>
    <message>
        <source>%1 is now at %2.</source>
        <translation>%1 est maintenant à l&apos;étape %2.</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Nouvelle étape</translation>
    </message>
    <message>
        <source>&amp;Move to:</source>
        <translation>&amp;Passer à :</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Why, for the stage history (required)</source>
        <translation>Pourquoi, pour l&apos;historique des étapes (obligatoire)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>Give a reason: the stage history records why each lead moved.</source>
        <translation>Indiquez un motif : l&apos;historique des étapes enregistre pourquoi chaque lead a changé d&apos;étape.</translation>
    </message>
    <message>
        <source>SQL (through the BANT qualification)</source>
        <translation>SQL (via la qualification BANT)</translation>
    </message>
</context>
<context>
    <name>CheckableComboBox</name>
    <message>
        <source>%1: any</source>
        <translation>%1 : tous</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 and %n more</source>
        <translation>
            <numerusform>%1 : %2 et %n autre</numerusform>
            <numerusform>%1 : %2 et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>leadbench-cli: %1</source>
        <translation>leadbench-cli : %1</translation>
    </message>
    <message>
        <source>Run &quot;leadbench-cli --help&quot; for the commands.</source>
        <translation>Lancez &quot;leadbench-cli --help&quot; pour la liste des commandes.</translation>
    </message>
    <message>
        <source>--db needs a path</source>
        <translation>--db attend un chemin</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>aucune commande indiquée</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>commande inconnue &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Number of leads.</source>
        <translation>Nombre de leads.</translation>
    </message>
    <message>
        <source>Average activities per lead.</source>
        <translation>Nombre moyen d&apos;activités par lead.</translation>
    </message>
    <message>
        <source>Random seed.</source>
        <translation>Graine aléatoire.</translation>
    </message>
    <message>
        <source>JSON output.</source>
        <translation>Sortie JSON.</translation>
    </message>
    <message>
        <source>demo takes no arguments, got &quot;%1&quot;</source>
        <translation>demo ne prend aucun argument, reçu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--leads: &quot;%1&quot; is not a number of leads</source>
        <translation>--leads : &quot;%1&quot; n&apos;est pas un nombre de leads</translation>
    </message>
    <message>
        <source>--activities-per-lead: &quot;%1&quot; is not a number from 0 to 50</source>
        <translation>--activities-per-lead : &quot;%1&quot; n&apos;est pas un nombre de 0 à 50</translation>
    </message>
    <message>
        <source>--seed: &quot;%1&quot; is not a number</source>
        <translation>--seed : &quot;%1&quot; n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>Added %1 leads, %2 activities and %3 deals to %4 in %5 s.</source>
        <translation>%1 leads, %2 activités et %3 affaires ajoutés à %4 en %5 s.</translation>
    </message>
    <message>
        <source>leads needs a subcommand: list or show</source>
        <translation>leads attend une sous-commande : list ou show</translation>
    </message>
    <message>
        <source>unknown leads subcommand &quot;%1&quot; (list, show)</source>
        <translation>sous-commande de leads inconnue &quot;%1&quot; (list, show)</translation>
    </message>
    <message>
        <source>Search text.</source>
        <translation>Texte à rechercher.</translation>
    </message>
    <message>
        <source>Stages, comma-separated.</source>
        <translation>Étapes, séparées par des virgules.</translation>
    </message>
    <message>
        <source>Owner name, or &quot;none&quot;.</source>
        <translation>Nom du propriétaire, ou &quot;none&quot;.</translation>
    </message>
    <message>
        <source>Source key.</source>
        <translation>Clé de la source.</translation>
    </message>
    <message>
        <source>Country.</source>
        <translation>Pays.</translation>
    </message>
    <message>
        <source>hot, warm or cold.</source>
        <translation>hot, warm ou cold.</translation>
    </message>
    <message>
        <source>A saved segment.</source>
        <translation>Un segment enregistré.</translation>
    </message>
    <message>
        <source>Sort column.</source>
        <translation>Colonne de tri.</translation>
    </message>
    <message>
        <source>Descending order.</source>
        <translation>Ordre décroissant.</translation>
    </message>
    <message>
        <source>Ascending order.</source>
        <translation>Ordre croissant.</translation>
    </message>
    <message>
        <source>At most N leads.</source>
        <translation>Au plus N leads.</translation>
    </message>
    <message>
        <source>Skip the first N leads.</source>
        <translation>Ignorer les N premiers leads.</translation>
    </message>
    <message>
        <source>leads list takes no arguments, got &quot;%1&quot;</source>
        <translation>leads list ne prend aucun argument, reçu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--limit: &quot;%1&quot; is not a number from 0 to 1000000</source>
        <translation>--limit : &quot;%1&quot; n&apos;est pas un nombre de 0 à 1000000</translation>
    </message>
    <message>
        <source>--offset: &quot;%1&quot; is not a positive number</source>
        <translation>--offset : &quot;%1&quot; n&apos;est pas un nombre positif</translation>
    </message>
    <message>
        <source>leadbench-cli: no segment named &quot;%1&quot; in %2</source>
        <translation>leadbench-cli : aucun segment nommé &quot;%1&quot; dans %2</translation>
    </message>
    <message>
        <source>--stage: unknown stage &quot;%1&quot;</source>
        <translation>--stage : étape inconnue &quot;%1&quot;</translation>
    </message>
    <message>
        <source>leadbench-cli: no rep named &quot;%1&quot;</source>
        <translation>leadbench-cli : aucun commercial nommé &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--temperature: &quot;%1&quot; is not hot, warm or cold</source>
        <translation>--temperature : &quot;%1&quot; n&apos;est ni hot, ni warm, ni cold</translation>
    </message>
    <message>
        <source>--sort: unknown column &quot;%1&quot;</source>
        <translation>--sort : colonne inconnue &quot;%1&quot;</translation>
    </message>
    <message>
        <source>leads show needs one lead id</source>
        <translation>leads show attend un identifiant de lead</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a lead id</source>
        <translation>&quot;%1&quot; n&apos;est pas un identifiant de lead</translation>
    </message>
    <message>
        <source>leadbench-cli: there is no lead %1 in %2</source>
        <translation>leadbench-cli : il n&apos;y a pas de lead %1 dans %2</translation>
    </message>
    <message>
        <source>segments needs the subcommand list</source>
        <translation>segments attend la sous-commande list</translation>
    </message>
    <message>
        <source>backup needs one output file: leadbench-cli backup OUT</source>
        <translation>backup attend un fichier de sortie : leadbench-cli backup OUT</translation>
    </message>
    <message>
        <source>backup: %1 is a folder; give a file name</source>
        <translation>backup : %1 est un dossier ; indiquez un nom de fichier</translation>
    </message>
    <message>
        <source>backup: the output is the workspace itself</source>
        <translation>backup : la sortie est l&apos;espace de travail lui-même</translation>
    </message>
    <message>
        <source>Backed up %1 to %2 (%3 MB) in %4 s.</source>
        <translation>%1 sauvegardé vers %2 (%3 Mo) en %4 s.</translation>
    </message>
    <message>
        <source>restore needs one backup file: leadbench-cli restore IN</source>
        <translation>restore attend un fichier de sauvegarde : leadbench-cli restore IN</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>%1 restauré depuis %2.</translation>
    </message>
    <message>
        <source>The workspace as it was is kept in %1.</source>
        <translation>L&apos;espace de travail dans son état précédent est conservé dans %1.</translation>
    </message>
    <message>
        <source>check takes no arguments</source>
        <translation>check ne prend aucun argument</translation>
    </message>
    <message>
        <source>leadbench-cli: %1 does not exist.</source>
        <translation>leadbench-cli : %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1: ok (workspace format %2%3)</source>
        <translation>%1 : ok (format d&apos;espace de travail %2%3)</translation>
    </message>
    <message>
        <source>, will be upgraded to %1 when opened</source>
        <translation>, sera mis à niveau vers %1 à l&apos;ouverture</translation>
    </message>
    <message>
        <source>events needs a subcommand: list or summary NAME</source>
        <translation>events attend une sous-commande : list ou summary NOM</translation>
    </message>
    <message>
        <source>events summary needs the event&apos;s name</source>
        <translation>events summary attend le nom de l&apos;événement</translation>
    </message>
    <message>
        <source>leadbench-cli: no event named &quot;%1&quot; in %2</source>
        <translation>leadbench-cli : aucun événement nommé &quot;%1&quot; dans %2</translation>
    </message>
    <message>
        <source>The rep.</source>
        <translation>Le commercial.</translation>
    </message>
    <message>
        <source>At most N items.</source>
        <translation>Au plus N éléments.</translation>
    </message>
    <message>
        <source>queue needs --rep NAME</source>
        <translation>queue attend --rep NOM</translation>
    </message>
    <message>
        <source>--limit: &quot;%1&quot; is not a positive number</source>
        <translation>--limit : &quot;%1&quot; n&apos;est pas un nombre positif</translation>
    </message>
    <message>
        <source>The lead to route.</source>
        <translation>Le lead à attribuer.</translation>
    </message>
    <message>
        <source>Every MQL without an owner.</source>
        <translation>Chaque MQL sans propriétaire.</translation>
    </message>
    <message>
        <source>route needs --lead ID or --unassigned-mqls</source>
        <translation>route attend --lead ID ou --unassigned-mqls</translation>
    </message>
    <message>
        <source>--lead: &quot;%1&quot; is not a lead id</source>
        <translation>--lead : &quot;%1&quot; n&apos;est pas un identifiant de lead</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(personne)</translation>
    </message>
    <message>
        <source>Explain the score of lead ID.</source>
        <translation>Expliquer le score du lead ID.</translation>
    </message>
    <message>
        <source>Re-score every lead.</source>
        <translation>Recalculer le score de chaque lead.</translation>
    </message>
    <message>
        <source>Threshold advisor and attribute lift.</source>
        <translation>Conseiller de seuil et lift des attributs.</translation>
    </message>
    <message>
        <source>Show the rule set.</source>
        <translation>Afficher le jeu de règles.</translation>
    </message>
    <message>
        <source>Replace the rule set with a JSON file.</source>
        <translation>Remplacer le jeu de règles par un fichier JSON.</translation>
    </message>
    <message>
        <source>The time decay is relative to.</source>
        <translation>Instant de référence de la dégressivité.</translation>
    </message>
    <message>
        <source>score takes no arguments, got &quot;%1&quot;</source>
        <translation>score ne prend aucun argument, reçu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>score needs exactly one of --explain ID, --all, --advise, --rules, --set-rules FILE</source>
        <translation>score attend exactement une option parmi --explain ID, --all, --advise, --rules, --set-rules FILE</translation>
    </message>
    <message>
        <source>--now: &quot;%1&quot; is not an ISO date and time (e.g. 2026-03-01T12:00:00Z)</source>
        <translation>--now : &quot;%1&quot; n&apos;est pas une date et heure ISO (p. ex. 2026-03-01T12:00:00Z)</translation>
    </message>
    <message>
        <source>--explain: &quot;%1&quot; is not a lead id</source>
        <translation>--explain : &quot;%1&quot; n&apos;est pas un identifiant de lead</translation>
    </message>
    <message>
        <source>%1 (#%2): score %3 (%4), stage %5, MQL threshold %6</source>
        <translation>%1 (n° %2) : score %3 (%4), étape %5, seuil MQL %6</translation>
    </message>
    <message>
        <source>The stored score is %1 (from the last re-score; time has moved on since).</source>
        <translation>Le score enregistré est %1 (depuis le dernier recalcul ; le temps a passé depuis).</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1	total</source>
        <translation>%1	total</translation>
    </message>
    <message>
        <source>%1 leads, %2 with a known outcome: %3 customers, %4 lost.</source>
        <translation>%1 leads, %2 avec un résultat connu : %3 clients, %4 perdus.</translation>
    </message>
    <message>
        <source>threshold	customers above	leads to sales	precision</source>
        <translation>seuil	clients au-dessus	leads aux ventes	précision</translation>
    </message>
    <message>
        <source> (current)</source>
        <translation> (actuel)</translation>
    </message>
    <message>
        <source> (suggested)</source>
        <translation> (suggéré)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>lift %1</source>
        <translation>lift %1</translation>
    </message>
    <message>
        <source>MQL threshold %1; warm from %2, hot from %3</source>
        <translation>seuil MQL %1 ; tiède à partir de %2, chaud à partir de %3</translation>
    </message>
    <message>
        <source>, at most %1</source>
        <translation>, au plus %1</translation>
    </message>
    <message>
        <source>, half-life %1 days</source>
        <translation>, demi-vie %1 jours</translation>
    </message>
    <message>
        <source> (off)</source>
        <translation> (désactivé)</translation>
    </message>
    <message>
        <source>Re-scored %1 leads in %2 s: %3 scores changed, %4 leads became MQL.</source>
        <translation>Score recalculé pour %1 leads en %2 s : %3 scores modifiés, %4 leads devenus MQL.</translation>
    </message>
    <message>
        <source>leadbench-cli: cannot read %1: %2</source>
        <translation>leadbench-cli : impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>leadbench-cli: %1: not a JSON object (%2 at byte %3)</source>
        <translation>leadbench-cli : %1 : pas un objet JSON (%2 à l&apos;octet %3)</translation>
    </message>
    <message>
        <source>leadbench-cli: %1: %2 Nothing was changed.</source>
        <translation>leadbench-cli : %1 : %2 Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Re-scored from the command line</source>
        <translation>Score recalculé depuis la ligne de commande</translation>
    </message>
    <message>
        <source>What the file holds.</source>
        <translation>Contenu du fichier.</translation>
    </message>
    <message>
        <source>skip, fill or overwrite.</source>
        <translation>skip, fill ou overwrite.</translation>
    </message>
    <message>
        <source>The file&apos;s encoding.</source>
        <translation>Encodage du fichier.</translation>
    </message>
    <message>
        <source>The field delimiter.</source>
        <translation>Séparateur de champs.</translation>
    </message>
    <message>
        <source>A saved column mapping.</source>
        <translation>Un mappage de colonnes enregistré.</translation>
    </message>
    <message>
        <source>COLUMN=FIELD, repeatable.</source>
        <translation>COLONNE=CHAMP, répétable.</translation>
    </message>
    <message>
        <source>Save the mapping used under a name.</source>
        <translation>Enregistrer le mappage utilisé sous un nom.</translation>
    </message>
    <message>
        <source>Type of activities without one.</source>
        <translation>Type des activités qui n&apos;en ont pas.</translation>
    </message>
    <message>
        <source>Where to write the rejected rows.</source>
        <translation>Où écrire les lignes rejetées.</translation>
    </message>
    <message>
        <source>Rows per transaction.</source>
        <translation>Lignes par transaction.</translation>
    </message>
    <message>
        <source>Start over instead of resuming an interrupted import.</source>
        <translation>Recommencer au lieu de reprendre un import interrompu.</translation>
    </message>
    <message>
        <source>Write a JSON report.</source>
        <translation>Écrire un rapport JSON.</translation>
    </message>
    <message>
        <source>import needs one file: leadbench-cli import FILE</source>
        <translation>import attend un fichier : leadbench-cli import FILE</translation>
    </message>
    <message>
        <source>--kind: &quot;%1&quot; is not leads, activities, campaigns or deals</source>
        <translation>--kind : &quot;%1&quot; n&apos;est ni leads, ni activities, ni campaigns, ni deals</translation>
    </message>
    <message>
        <source>--on-duplicate: &quot;%1&quot; is not skip, fill or overwrite</source>
        <translation>--on-duplicate : &quot;%1&quot; n&apos;est ni skip, ni fill, ni overwrite</translation>
    </message>
    <message>
        <source>--encoding: &quot;%1&quot; is not one of auto, utf-8, utf-16le, utf-16be, windows-1252, iso-8859-1, windows-1253</source>
        <translation>--encoding : &quot;%1&quot; ne fait pas partie de auto, utf-8, utf-16le, utf-16be, windows-1252, iso-8859-1, windows-1253</translation>
    </message>
    <message>
        <source>--delimiter: &quot;%1&quot; is not one ASCII character (or comma, semicolon, tab)</source>
        <translation>--delimiter : &quot;%1&quot; n&apos;est pas un caractère ASCII unique (ni comma, semicolon, tab)</translation>
    </message>
    <message>
        <source>--batch: &quot;%1&quot; is not a number from 1 to 1000000</source>
        <translation>--batch : &quot;%1&quot; n&apos;est pas un nombre de 1 à 1000000</translation>
    </message>
    <message>
        <source>--activity-type: unknown type &quot;%1&quot;</source>
        <translation>--activity-type : type inconnu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>leadbench-cli: %1 does not exist or is not a file.</source>
        <translation>leadbench-cli : %1 n&apos;existe pas ou n&apos;est pas un fichier.</translation>
    </message>
    <message>
        <source>leadbench-cli: %1 is read-only: %2</source>
        <translation>leadbench-cli : %1 est en lecture seule : %2</translation>
    </message>
    <message>
        <source>leadbench-cli: no saved mapping named &quot;%1&quot; for %2 (saved: %3)</source>
        <translation>leadbench-cli : aucun mappage enregistré nommé &quot;%1&quot; pour %2 (enregistrés : %3)</translation>
    </message>
    <message>
        <source>--map: the file has no column &quot;%1&quot; (columns: %2)</source>
        <translation>--map : le fichier n&apos;a pas de colonne &quot;%1&quot; (colonnes : %2)</translation>
    </message>
    <message>
        <source>--map: &quot;%1&quot; is not a field (fields: %2)</source>
        <translation>--map : &quot;%1&quot; n&apos;est pas un champ (champs : %2)</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>Importé depuis %1</translation>
    </message>
    <message>
        <source>leadbench-cli: cannot write the report %1: %2</source>
        <translation>leadbench-cli : impossible d&apos;écrire le rapport %1 : %2</translation>
    </message>
    <message>
        <source>Resumed import #%1 at line %2.</source>
        <translation>Import n° %1 repris à la ligne %2.</translation>
    </message>
    <message>
        <source>Rejected rows, with their line and the reason: %1</source>
        <translation>Lignes rejetées, avec leur numéro de ligne et le motif : %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Remarque : %1</translation>
    </message>
    <message>
        <source>Undo it with: leadbench-cli --db %1 imports undo %2</source>
        <translation>Pour l&apos;annuler : leadbench-cli --db %1 imports undo %2</translation>
    </message>
    <message>
        <source>Kind of the mappings.</source>
        <translation>Type des mappages.</translation>
    </message>
    <message>
        <source>%1 read, %2 created, %3 merged, %4 rejected</source>
        <translation>%1 lues, %2 créées, %3 fusionnées, %4 rejetées</translation>
    </message>
    <message>
        <source>imports undo needs an import id (see leadbench-cli imports list)</source>
        <translation>imports undo attend un identifiant d&apos;import (voir leadbench-cli imports list)</translation>
    </message>
    <message>
        <source>Undid import #%1: %2 rows removed, %3 rows given back their values.</source>
        <translation>Import n° %1 annulé : %2 lignes supprimées, %3 lignes ont retrouvé leurs valeurs.</translation>
    </message>
    <message numerus="yes">
        <source>%n of the removed leads had been edited after the import.</source>
        <translation>
            <numerusform>%n des leads supprimés avait été modifié après l&apos;import.</numerusform>
            <numerusform>%n des leads supprimés avaient été modifiés après l&apos;import.</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown imports subcommand &quot;%1&quot; (list, undo, mappings)</source>
        <translation>sous-commande d&apos;imports inconnue &quot;%1&quot; (list, undo, mappings)</translation>
    </message>
    <message>
        <source>csv or vcard.</source>
        <translation>csv ou vcard.</translation>
    </message>
    <message>
        <source>Lead ids, comma-separated.</source>
        <translation>Identifiants de leads, séparés par des virgules.</translation>
    </message>
    <message>
        <source>Start the CSV with a byte-order mark (Excel).</source>
        <translation>Commencer le CSV par une marque d&apos;ordre d&apos;octets (BOM, Excel).</translation>
    </message>
    <message>
        <source>CSV delimiter.</source>
        <translation>Séparateur CSV.</translation>
    </message>
    <message>
        <source>Keep cells starting with = + - @ as they are.</source>
        <translation>Laisser tels quels les cellules commençant par = + - @.</translation>
    </message>
    <message>
        <source>export needs one output file: leadbench-cli export FILE</source>
        <translation>export attend un fichier de sortie : leadbench-cli export FILE</translation>
    </message>
    <message>
        <source>--format: &quot;%1&quot; is not csv or vcard</source>
        <translation>--format : &quot;%1&quot; n&apos;est ni csv ni vcard</translation>
    </message>
    <message>
        <source>--delimiter: &quot;%1&quot; is not comma, semicolon or tab</source>
        <translation>--delimiter : &quot;%1&quot; n&apos;est ni comma, ni semicolon, ni tab</translation>
    </message>
    <message>
        <source>--ids: &quot;%1&quot; is not a lead id</source>
        <translation>--ids : &quot;%1&quot; n&apos;est pas un identifiant de lead</translation>
    </message>
    <message>
        <source>deals needs a subcommand: list, show, add or move</source>
        <translation>deals attend une sous-commande : list, show, add ou move</translation>
    </message>
    <message>
        <source>unknown deals subcommand &quot;%1&quot; (list, show, add, move)</source>
        <translation>sous-commande de deals inconnue &quot;%1&quot; (list, show, add, move)</translation>
    </message>
    <message>
        <source>Pipeline name.</source>
        <translation>Nom du pipeline.</translation>
    </message>
    <message>
        <source>Stage name.</source>
        <translation>Nom de l&apos;étape.</translation>
    </message>
    <message>
        <source>Words in title or company.</source>
        <translation>Mots du titre ou de l&apos;entreprise.</translation>
    </message>
    <message>
        <source>Closing on or after.</source>
        <translation>Clôture le ou après le.</translation>
    </message>
    <message>
        <source>Closing on or before.</source>
        <translation>Clôture le ou avant le.</translation>
    </message>
    <message>
        <source>At most N deals.</source>
        <translation>Au plus N affaires.</translation>
    </message>
    <message>
        <source>Skip the first N deals.</source>
        <translation>Ignorer les N premières affaires.</translation>
    </message>
    <message>
        <source>deals list takes no arguments, got &quot;%1&quot;</source>
        <translation>deals list ne prend aucun argument, reçu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--close-from/--close-to: dates are written YYYY-MM-DD</source>
        <translation>--close-from/--close-to : les dates s&apos;écrivent AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>leadbench-cli: no pipeline named &quot;%1&quot; in %2</source>
        <translation>leadbench-cli : aucun pipeline nommé &quot;%1&quot; dans %2</translation>
    </message>
    <message>
        <source>leadbench-cli: no stage named &quot;%1&quot;</source>
        <translation>leadbench-cli : aucune étape nommée &quot;%1&quot;</translation>
    </message>
    <message>
        <source>leadbench-cli: stage &quot;%1&quot; is in several pipelines; say which with --pipeline</source>
        <translation>leadbench-cli : l&apos;étape &quot;%1&quot; existe dans plusieurs pipelines ; précisez lequel avec --pipeline</translation>
    </message>
    <message>
        <source>deals show needs one deal id</source>
        <translation>deals show attend un identifiant d&apos;affaire</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a deal id</source>
        <translation>&quot;%1&quot; n&apos;est pas un identifiant d&apos;affaire</translation>
    </message>
    <message>
        <source>leadbench-cli: there is no deal %1 in %2</source>
        <translation>leadbench-cli : il n&apos;y a pas d&apos;affaire %1 dans %2</translation>
    </message>
    <message>
        <source>Lead id.</source>
        <translation>Identifiant du lead.</translation>
    </message>
    <message>
        <source>Company.</source>
        <translation>Entreprise.</translation>
    </message>
    <message>
        <source>Amount.</source>
        <translation>Montant.</translation>
    </message>
    <message>
        <source>ISO currency code.</source>
        <translation>Code de devise ISO.</translation>
    </message>
    <message>
        <source>Expected close date.</source>
        <translation>Date de clôture prévue.</translation>
    </message>
    <message>
        <source>Owner name.</source>
        <translation>Nom du propriétaire.</translation>
    </message>
    <message>
        <source>Probability in percent.</source>
        <translation>Probabilité en pourcentage.</translation>
    </message>
    <message>
        <source>deals add needs one title (quote it when it has spaces)</source>
        <translation>deals add attend un titre (entre guillemets s&apos;il contient des espaces)</translation>
    </message>
    <message>
        <source>--amount: &quot;%1&quot; is not a number (write it as 12500.50)</source>
        <translation>--amount : &quot;%1&quot; n&apos;est pas un nombre (écrivez-le sous la forme 12500.50)</translation>
    </message>
    <message>
        <source>--close: &quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>--close : &quot;%1&quot; n&apos;est pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>--probability: &quot;%1&quot; is not a percentage from 0 to 100</source>
        <translation>--probability : &quot;%1&quot; n&apos;est pas un pourcentage de 0 à 100</translation>
    </message>
    <message>
        <source>leadbench-cli: no pipeline named &quot;%1&quot;</source>
        <translation>leadbench-cli : aucun pipeline nommé &quot;%1&quot;</translation>
    </message>
    <message>
        <source>leadbench-cli: pipeline &quot;%1&quot; has no stage &quot;%2&quot;</source>
        <translation>leadbench-cli : le pipeline &quot;%1&quot; n&apos;a pas d&apos;étape &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Added deal %1: %2</source>
        <translation>Affaire %1 ajoutée : %2</translation>
    </message>
    <message>
        <source>Lead %1 is now at %2.</source>
        <translation>Le lead %1 est maintenant à l&apos;étape %2.</translation>
    </message>
    <message>
        <source>Close date (Won, Lost).</source>
        <translation>Date de clôture (gagnée, perdue).</translation>
    </message>
    <message>
        <source>Why it was won or lost.</source>
        <translation>Pourquoi elle a été gagnée ou perdue.</translation>
    </message>
    <message>
        <source>Gross margin of a won deal.</source>
        <translation>Marge brute d&apos;une affaire gagnée.</translation>
    </message>
    <message>
        <source>deals move needs a deal id and a stage: leadbench-cli deals move ID STAGE</source>
        <translation>deals move attend un identifiant d&apos;affaire et une étape : leadbench-cli deals move ID STAGE</translation>
    </message>
    <message>
        <source>--date: &quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>--date : &quot;%1&quot; n&apos;est pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>--margin: &quot;%1&quot; is not a number</source>
        <translation>--margin : &quot;%1&quot; n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>leadbench-cli: pipeline &quot;%1&quot; has no stage &quot;%2&quot; (its stages: %3)</source>
        <translation>leadbench-cli : le pipeline &quot;%1&quot; n&apos;a pas d&apos;étape &quot;%2&quot; (ses étapes : %3)</translation>
    </message>
    <message>
        <source>Moved deal %1 (%2) to %3.</source>
        <translation>Affaire %1 (%2) déplacée vers %3.</translation>
    </message>
    <message>
        <source>pipelines needs the subcommand list</source>
        <translation>pipelines attend la sous-commande list</translation>
    </message>
    <message>
        <source>%1 %2 (weighted %3)</source>
        <translation>%1 %2 (pondéré %3)</translation>
    </message>
    <message>
        <source>--lang needs a language code</source>
        <translation>--lang attend un code de langue</translation>
    </message>
    <message>
        <source>--lang: &quot;%1&quot; is not one of system, %2</source>
        <translation>--lang : &quot;%1&quot; ne fait pas partie de system, %2</translation>
    </message>
    <message>
        <source>%L1 of %L2 leads</source>
        <translation>%L1 leads sur %L2</translation>
    </message>
    <message>
        <source>Conversion rate by attribute (overall %1):</source>
        <translation>Taux de conversion par attribut (global %1) :</translation>
    </message>
    <message>
        <source>%L1 rows read (%2)</source>
        <translation>%L1 lignes lues (%2)</translation>
    </message>
    <message>
        <source>Import #%1 of %2: %L3 rows read, %L4 created, %L5 merged (%L6 unchanged), %L7 rejected, in %L8 s.</source>
        <translation>Import n° %1 de %2 : %L3 lignes lues, %L4 créées, %L5 fusionnées (%L6 inchangées), %L7 rejetées, en %L8 s.</translation>
    </message>
    <message>
        <source>%L1 of %L2 deals</source>
        <translation>%L1 affaires sur %L2</translation>
    </message>
    <message>
        <source>First day of the range (YYYY-MM-DD).</source>
        <translation>Premier jour de la période (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>Last day of the range (YYYY-MM-DD).</source>
        <translation>Dernier jour de la période (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>Grouping: campaign, source, rep or month.</source>
        <translation>Regroupement : campaign, source, rep ou month.</translation>
    </message>
    <message>
        <source>json or csv.</source>
        <translation>json ou csv.</translation>
    </message>
    <message>
        <source>With csv: groups, months, funnel or cycle.</source>
        <translation>Avec csv : groups, months, funnel ou cycle.</translation>
    </message>
    <message>
        <source>kpi takes no arguments, got &quot;%1&quot;</source>
        <translation>kpi ne prend aucun argument, reçu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--to: &quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>--to : &quot;%1&quot; n&apos;est pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>--from: &quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>--from : &quot;%1&quot; n&apos;est pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>--from %1 is after --to %2</source>
        <translation>--from %1 est postérieur à --to %2</translation>
    </message>
    <message>
        <source>--by: &quot;%1&quot; is not one of campaign, source, rep, month</source>
        <translation>--by : &quot;%1&quot; ne fait pas partie de campaign, source, rep, month</translation>
    </message>
    <message>
        <source>--format: &quot;%1&quot; is not one of json, csv</source>
        <translation>--format : &quot;%1&quot; ne fait pas partie de json, csv</translation>
    </message>
    <message>
        <source>--table: &quot;%1&quot; is not one of groups, months, funnel, cycle</source>
        <translation>--table : &quot;%1&quot; ne fait pas partie de groups, months, funnel, cycle</translation>
    </message>
    <message>
        <source>--table goes with --format csv (JSON holds every table)</source>
        <translation>--table va avec --format csv (le JSON contient tous les tableaux)</translation>
    </message>
    <message>
        <source>leadbench-cli: %1 was made by an earlier version; keeping a backup copy, then upgrading it…</source>
        <translation>leadbench-cli : %1 a été créé par une version antérieure ; copie de sauvegarde, puis mise à niveau…</translation>
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
        <translation>Utilisation : leadbench-cli [--db PATH] [--lang CODE] COMMAND [OPTIONS]

Travaille sur l&apos;espace de travail situé à PATH (par défaut : %1).

Commandes :
  demo [--leads N] [--activities-per-lead A] [--seed S] [--json]
        Ajoute un jeu de données de démonstration réaliste : commerciaux, campagnes, N leads
        (5000 par défaut) avec leurs activités, leur historique d&apos;étapes et leurs affaires.
        Crée l&apos;espace de travail si nécessaire.
  leads list [--search TEXT] [--stage S[,S...]] [--owner NAME] [--source S] [--country C]
             [--temperature hot|warm|cold] [--segment NAME] [--sort COLUMN] [--desc]
             [--limit N] [--offset N] [--json]
        Liste les leads. Étapes : subscriber, lead, mql, sql, opportunity, customer, nurturing,
        disqualified. Colonnes : name, email, company, stage, score, owner, source, country,
        created, updated. Par défaut : les plus récents d&apos;abord, 50 leads.
  leads show ID [--json]
        Un lead avec ses activités et son historique d&apos;étapes.
  segments list [--json]
        Les segments enregistrés (filtres nommés).
  backup OUT
        Écrit une copie cohérente de l&apos;espace de travail dans OUT, même pendant son utilisation.
  restore IN
        Remplace l&apos;espace de travail par la sauvegarde IN, après l&apos;avoir vérifiée ; l&apos;espace
        de travail actuel est d&apos;abord conservé dans PATH.backups/.
  deals list [--pipeline NAME] [--stage NAME] [--owner NAME|none] [--search TEXT]
             [--close-from DATE] [--close-to DATE] [--limit N] [--offset N] [--json]
        Liste les affaires dans l&apos;ordre du tableau. La date de clôture est la date réelle
        d&apos;une affaire gagnée ou perdue, la date prévue d&apos;une affaire en cours.
        Dates : AAAA-MM-JJ. Par défaut : 50 affaires.
  deals show ID [--json]
        Une affaire avec son historique d&apos;étapes.
  deals add TITLE [--lead ID] [--company C] [--amount A] [--currency EUR] [--close DATE]
            [--owner NAME] [--probability P] [--pipeline NAME] [--stage NAME] [--json]
        Ajoute une affaire (par défaut à la première étape ouverte du premier pipeline) ; son
        lead devient une opportunité. P est un pourcentage, de 0 à 100.
  deals move ID STAGE [--date DATE] [--reason TEXT] [--margin M] [--json]
        Déplace une affaire vers une étape de son pipeline (en haut de cette colonne). Gagnée
        et Perdue la clôturent : --date vaut aujourd&apos;hui par défaut, --reason est obligatoire
        pour Perdue. Le lead suit : gagnée, il devient client ; perdue, il passe en nurturing.
  pipelines list [--json]
        Les pipelines et leurs étapes, avec nombre d&apos;affaires, sommes et sommes pondérées par
        la probabilité.
  check
        Effectue une vérification d&apos;intégrité complète ; code de sortie 1 si l&apos;espace de
        travail est endommagé.
  info [--json]
        Chemin de l&apos;espace de travail, version du format et effectifs.
  upgrade
        Met à niveau un espace de travail créé par une version antérieure au format de cette
        version, après en avoir gardé une copie de sauvegarde dans PATH.backups/. Les commandes
        qui ne font que lire en ont besoin.
  import FILE [--kind leads|activities|campaigns|deals] [--on-duplicate skip|fill|overwrite]
              [--encoding auto|utf-8|utf-16le|utf-16be|windows-1252|iso-8859-1|windows-1253]
              [--delimiter ,|;|tab|C] [--mapping NAME] [--map COLUMN=FIELD]... [--save-mapping NAME]
              [--activity-type TYPE] [--rejects FILE] [--batch N] [--no-resume] [--report R.json] [--json]
        Importe un fichier CSV (ou un fichier vCard .vcf) dans l&apos;espace de travail, en le
        créant si nécessaire. Les colonnes sont reconnues d&apos;après leur nom (HubSpot,
        Salesforce, Pipedrive ; en, fr, pt, it, el) ; --map et les mappages enregistrés
        modifient cela. Les doublons (même e-mail, sinon même téléphone, sinon même nom et
        entreprise, dans le fichier ou l&apos;espace de travail) sont ignorés (par défaut),
        complètent les champs vides du lead, ou les écrasent. Les lignes qui ne peuvent pas
        être importées vont dans un CSV de rejets avec leur numéro de ligne et le motif ;
        lues = créées + fusionnées + rejetées. Un import interrompu du même fichier reprend là
        où il s&apos;est arrêté (--no-resume recommence depuis le début). --kind activities associe
        les lignes aux leads par e-mail (ouvertures, clics, visites, participations) ;
        campaigns prend le coût et les visiteurs quotidiens ; deals prend titre, e-mail du
        contact, montant, étape, gagnée/perdue, dates, marge.
        Le rapport (--report) contient read, created, merged, rejected, rejects_file, duration.
  imports list [--json] | imports undo ID | imports mappings [--kind KIND]
        L&apos;historique des imports ; undo supprime les lignes créées par un import et rend aux
        champs modifiés leurs valeurs précédentes ; les mappages de colonnes enregistrés.
  export FILE [--format csv|vcard] [--segment NAME] [--search TEXT] [--ids 1,2,3] [--bom]
              [--delimiter comma|semicolon|tab] [--no-neutralize]
        Écrit tous les leads, un segment, une recherche ou certains leads en CSV (UTF-8 ; les
        cellules commençant par = + - @ reçoivent une apostrophe pour que les tableurs ne les
        exécutent jamais) ou en vCard 4.0 (.vcf).
  queue --rep NAME [--limit N] [--json]
        Les leads du commercial dans l&apos;ordre où les traiter : relances en retard, leads
        chauds, nouveaux leads.
  route --lead ID [--json]
  route --unassigned-mqls [--json]
        Attribue les leads aux commerciaux selon les règles d&apos;attribution (round-robin en
        dernier recours).
  events list [--json]
  events summary NAME [--json]
        Salons et événements : leads captés, combien sont chauds, coût par lead.
  score --explain ID [--json] [--now TIME]
        Pourquoi le lead ID a ce score : chaque règle qui compte, combien de fois, ses points
        après dégressivité ; leur somme donne le score. Avec l&apos;historique de score du lead.
  score --all [--json] [--now TIME]
        Recalcule le score de chaque lead avec les règles de l&apos;espace de travail (seuls les
        scores modifiés sont écrits, chacun avec une entrée d&apos;historique ; les leads qui
        franchissent le seuil MQL deviennent MQL).
  score --advise [--json]
        Conseiller de seuil : pour chaque seuil candidat, la part des futurs clients
        au-dessus, la part des leads qui iraient aux ventes et la précision, avec un seuil
        suggéré ; et le lift de conversion par secteur, fonction, taille d&apos;entreprise, source,
        lead magnet et pays.
  score --rules [--json]
        Les règles de scoring, le seuil MQL et les plages de température (--json : le jeu de
        règles sous la forme d&apos;un fichier que --set-rules sait lire).
  score --set-rules FILE
        Remplace le jeu de règles par le fichier JSON FILE (vérifié d&apos;abord : un problème est
        signalé avec la règle et le champ, et rien ne change), puis recalcule le score de
        chaque lead.
        TIME est une date et heure ISO (UTC sauf indication contraire) ; par défaut : maintenant.
  kpi [--from D] [--to D] [--by campaign|source|rep|month] [--format json|csv]
      [--table groups|months|funnel|cycle]
        Les KPI des managers pour les jours D à D (UTC ; par défaut : les 12 derniers mois) :
        leads par type, taux d&apos;opt-in et de conversion en vente, CPL, CPA, marge brute, ROI,
        valeur vie client, montant moyen des affaires, ventes par mois avec croissance, cycle
        de vente (médiane, 90e percentile), l&apos;entonnoir et sa plus grande fuite. Le JSON
        contient tous les tableaux ; le CSV un seul (par défaut : les groupes et une ligne de
        total). Un dénominateur nul donne null (JSON) ou &quot;—&quot; (CSV).
%2%3
Options :
  --db PATH     le fichier de l&apos;espace de travail
  --lang CODE   la langue des messages : en, fr, pt_BR, it, el ou system ; par défaut : la
                langue choisie dans les préférences de Leadbench, sinon celle du système
                (LANGUAGE, LC_ALL, LC_MESSAGES, LANG). La sortie destinée aux programmes
                (--json, CSV) ne change jamais.
  -h, --help    cette aide
  --version     la version

Codes de sortie : 0 terminé, 1 échec (le message indique pourquoi), 2 ligne de commande
incorrecte.
</translation>
    </message>
    <message>
        <source>Upgrade it with: leadbench-cli --db %1 upgrade (a backup copy is kept first).</source>
        <translation>Mettez-le à niveau avec : leadbench-cli --db %1 upgrade (une copie de sauvegarde est gardée d&apos;abord).</translation>
    </message>
    <message>
        <source>upgrade takes no arguments</source>
        <translation>upgrade ne prend aucun argument</translation>
    </message>
    <message>
        <source>%1 is already in this version&apos;s format (%2).</source>
        <translation>%1 est déjà au format de cette version (%2).</translation>
    </message>
    <message>
        <source>Upgraded %1 from format %2 to %3.</source>
        <translation>%1 mis à niveau du format %2 au format %3.</translation>
    </message>
    <message>
        <source>The file as it was is kept in %1.</source>
        <translation>Le fichier tel qu&apos;il était est gardé dans %1.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln lead(s) to %1 in %L2 s.</source>
        <translation>
            <numerusform>%Ln lead exporté vers %1 en %L2 s.</numerusform>
            <numerusform>%Ln leads exportés vers %1 en %L2 s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CloseDealDialog</name>
    <message>
        <source>Deal won</source>
        <translation>Affaire gagnée</translation>
    </message>
    <message>
        <source>Deal lost</source>
        <translation>Affaire perdue</translation>
    </message>
    <message>
        <source>%1 (%2) is won.</source>
        <translation>%1 (%2) est gagnée.</translation>
    </message>
    <message>
        <source>%1 (%2) is lost.</source>
        <translation>%1 (%2) est perdue.</translation>
    </message>
    <message>
        <source>Close date</source>
        <translation>Date de clôture</translation>
    </message>
    <message>
        <source>&amp;Won on:</source>
        <translation>&amp;Gagnée le :</translation>
    </message>
    <message>
        <source>&amp;Lost on:</source>
        <translation>&amp;Perdue le :</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Best fit for their need</source>
        <translation>Meilleure adéquation à leur besoin</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Faster to deliver</source>
        <translation>Livraison plus rapide</translation>
    </message>
    <message>
        <source>Why we won (optional)</source>
        <translation>Pourquoi nous avons gagné (facultatif)</translation>
    </message>
    <message>
        <source>Not now: budget frozen</source>
        <translation>Pas maintenant : budget gelé</translation>
    </message>
    <message>
        <source>Went with a competitor</source>
        <translation>A choisi un concurrent</translation>
    </message>
    <message>
        <source>Price too high</source>
        <translation>Prix trop élevé</translation>
    </message>
    <message>
        <source>No decision</source>
        <translation>Pas de décision</translation>
    </message>
    <message>
        <source>Not a fit</source>
        <translation>Inadapté</translation>
    </message>
    <message>
        <source>Why it was lost (required)</source>
        <translation>Pourquoi elle a été perdue (obligatoire)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>Gross margin</source>
        <translation>Marge brute</translation>
    </message>
    <message>
        <source>Optional, in %1</source>
        <translation>Facultatif, en %1</translation>
    </message>
    <message>
        <source>Gross &amp;margin:</source>
        <translation>&amp;Marge brute :</translation>
    </message>
    <message>
        <source>Mark as won</source>
        <translation>Marquer comme gagnée</translation>
    </message>
    <message>
        <source>Mark as lost</source>
        <translation>Marquer comme perdue</translation>
    </message>
    <message>
        <source>Give the reason the deal was lost: the win/loss analysis counts on it.</source>
        <translation>Indiquez pourquoi l&apos;affaire a été perdue : l&apos;analyse gains/pertes en dépend.</translation>
    </message>
    <message>
        <source>Gross margin: &quot;%1&quot; is not a number (write it as %2).</source>
        <translation>Marge brute : « %1 » n&apos;est pas un nombre (écrivez-le sous la forme %2).</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>Full name (first and last)</source>
        <translation>Nom complet (prénom et nom)</translation>
    </message>
    <message>
        <source>Lead e-mail</source>
        <translation>E-mail du lead</translation>
    </message>
    <message>
        <source>Lead id</source>
        <translation>Identifiant du lead</translation>
    </message>
    <message>
        <source>Activity type</source>
        <translation>Type d&apos;activité</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>Detail (subject, page, webinar)</source>
        <translation>Détail (objet, page, webinaire)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Visiteurs</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Clics</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Deal title</source>
        <translation>Titre de l&apos;affaire</translation>
    </message>
    <message>
        <source>Contact e-mail</source>
        <translation>E-mail du contact</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Pipeline stage</source>
        <translation>Étape du pipeline</translation>
    </message>
    <message>
        <source>Won / lost</source>
        <translation>Gagnée / perdue</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Close date</source>
        <translation>Date de clôture</translation>
    </message>
    <message>
        <source>Gross margin</source>
        <translation>Marge brute</translation>
    </message>
    <message>
        <source>Close reason</source>
        <translation>Motif de clôture</translation>
    </message>
    <message>
        <source>Do not import</source>
        <translation>Ne pas importer</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>These fields changed both here and in the CRM since the last sync. Choose which value to keep; the next sync sends it.</source>
        <translation>Ces champs ont été modifiés à la fois ici et dans le CRM depuis la dernière synchronisation. Choisissez la valeur à conserver ; la prochaine synchronisation l&apos;enverra.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Ici</translation>
    </message>
    <message>
        <source>In the CRM</source>
        <translation>Dans le CRM</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conserver</translation>
    </message>
    <message>
        <source>Keep &amp;All of Leadbench&apos;s</source>
        <translation>Tout garder de &amp;Leadbench</translation>
    </message>
    <message>
        <source>Take All of the &amp;CRM&apos;s</source>
        <translation>Tout prendre du &amp;CRM</translation>
    </message>
    <message>
        <source>(the whole record)</source>
        <translation>(l&apos;enregistrement entier)</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Value to keep</source>
        <translation>Valeur à conserver</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Décider plus tard</translation>
    </message>
    <message>
        <source>Keep it here (create it again in the CRM)</source>
        <translation>Le conserver ici (le recréer dans le CRM)</translation>
    </message>
    <message>
        <source>Leadbench&apos;s value</source>
        <translation>Valeur de Leadbench</translation>
    </message>
    <message>
        <source>Delete it here too</source>
        <translation>Le supprimer ici aussi</translation>
    </message>
    <message>
        <source>The CRM&apos;s value</source>
        <translation>Valeur du CRM</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Edit Connection</source>
        <translation>Modifier la connexion</translation>
    </message>
    <message>
        <source>Add Connection</source>
        <translation>Ajouter une connexion</translation>
    </message>
    <message>
        <source>Connection name</source>
        <translation>Nom de la connexion</translation>
    </message>
    <message>
        <source>e.g. HubSpot (sales team)</source>
        <translation>p. ex. HubSpot (équipe commerciale)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <source>&amp;CRM:</source>
        <translation>&amp;CRM :</translation>
    </message>
    <message>
        <source>When both sides changed a field</source>
        <translation>Quand les deux côtés ont modifié un champ</translation>
    </message>
    <message>
        <source>When &amp;both sides changed a field:</source>
        <translation>Quand les &amp;deux côtés ont modifié un champ :</translation>
    </message>
    <message>
        <source>Secrets are kept in your system keychain only, never in the workspace or the settings.</source>
        <translation>Les secrets sont conservés uniquement dans le trousseau du système, jamais dans l&apos;espace de travail ni dans les paramètres.</translation>
    </message>
    <message>
        <source>No CRM connector plug-ins were found in %1.</source>
        <translation>Aucun plug-in de connecteur CRM n&apos;a été trouvé dans %1.</translation>
    </message>
    <message>
        <source>unchanged (kept in the keychain)</source>
        <translation>inchangé (conservé dans le trousseau)</translation>
    </message>
    <message>
        <source>Choose a CRM.</source>
        <translation>Choisissez un CRM.</translation>
    </message>
</context>
<context>
    <name>ConnectorRegistry</name>
    <message>
        <source>not a Qt plug-in: %1</source>
        <translation>pas un plug-in Qt : %1</translation>
    </message>
    <message>
        <source>built for another connector interface (%1; this Leadbench needs %2)</source>
        <translation>compilé pour une autre interface de connecteur (%1 ; ce Leadbench requiert %2)</translation>
    </message>
    <message>
        <source>its metadata has no id</source>
        <translation>ses métadonnées n&apos;ont pas d&apos;identifiant</translation>
    </message>
    <message>
        <source>another plug-in already provides the connector &quot;%1&quot;</source>
        <translation>un autre plug-in fournit déjà le connecteur « %1 »</translation>
    </message>
    <message>
        <source>its metadata says &quot;%1&quot; but it says it is &quot;%2&quot;</source>
        <translation>ses métadonnées indiquent « %1 » mais il se déclare « %2 »</translation>
    </message>
    <message>
        <source>it does not implement the connector interface</source>
        <translation>il n&apos;implémente pas l&apos;interface de connecteur</translation>
    </message>
    <message>
        <source>No connector plug-in &quot;%1&quot;: no plug-ins were found in %2.</source>
        <translation>Aucun plug-in de connecteur « %1 » : aucun plug-in trouvé dans %2.</translation>
    </message>
    <message>
        <source>No connector plug-in &quot;%1&quot; (found: %2).</source>
        <translation>Aucun plug-in de connecteur « %1 » (trouvés : %2).</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>no keychain is reachable (no Secret Service such as GNOME Keyring or KeePassXC, no KWallet: %1)</source>
        <translation>aucun trousseau n&apos;est accessible (pas de Secret Service tel que GNOME Keyring ou KeePassXC, pas de KWallet : %1)</translation>
    </message>
    <message>
        <source>the keychain refused access (%1)</source>
        <translation>le trousseau a refusé l&apos;accès (%1)</translation>
    </message>
    <message>
        <source>the keychain failed (%1)</source>
        <translation>échec du trousseau (%1)</translation>
    </message>
    <message>
        <source>The secret was not stored: %1. Leadbench keeps secrets only in the system keychain; start or unlock it and try again.</source>
        <translation>Le secret n&apos;a pas été enregistré : %1. Leadbench conserve les secrets uniquement dans le trousseau du système ; démarrez-le ou déverrouillez-le, puis réessayez.</translation>
    </message>
    <message>
        <source>The connection&apos;s secret could not be read: %1.</source>
        <translation>Le secret de la connexion n&apos;a pas pu être lu : %1.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>(text)</source>
        <translation>(texte)</translation>
    </message>
    <message>
        <source>Cannot create a temporary file to read %1: %2</source>
        <translation>Impossible de créer un fichier temporaire pour lire %1 : %2</translation>
    </message>
    <message>
        <source>The delimiter must be a single ASCII character (comma, semicolon, tab…).</source>
        <translation>Le séparateur doit être un seul caractère ASCII (virgule, point-virgule, tabulation…).</translation>
    </message>
    <message>
        <source>%1 is empty: it has no header line.</source>
        <translation>%1 est vide : il n&apos;a pas de ligne d&apos;en-tête.</translation>
    </message>
    <message>
        <source>%1, line %2: the header line is malformed: %3</source>
        <translation>%1, ligne %2 : la ligne d&apos;en-tête est mal formée : %3</translation>
    </message>
    <message>
        <source>a quoted field opened on this line is not closed within 16 MB</source>
        <translation>un champ entre guillemets ouvert sur cette ligne n&apos;est pas fermé dans les 16 Mo</translation>
    </message>
    <message>
        <source>a quoted field opened on this line is never closed</source>
        <translation>un champ entre guillemets ouvert sur cette ligne n&apos;est jamais fermé</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Regrouper par</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>PDF Report…</source>
        <translation>Rapport PDF…</translation>
    </message>
    <message>
        <source>Charts as PNG…</source>
        <translation>Graphiques en PNG…</translation>
    </message>
    <message>
        <source>Tables as CSV…</source>
        <translation>Tableaux en CSV…</translation>
    </message>
    <message>
        <source>&amp;Campaigns…</source>
        <translation>&amp;Campagnes…</translation>
    </message>
    <message>
        <source>Campaigns, their channel, cost entries per day, visitors and dates</source>
        <translation>Campagnes : canal, dépenses par jour, visiteurs et dates</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Au</translation>
    </message>
    <message>
        <source>&amp;Group by</source>
        <translation>&amp;Regrouper par</translation>
    </message>
    <message>
        <source>KPIs by group</source>
        <translation>KPI par groupe</translation>
    </message>
    <message>
        <source>Click a bar or a slice to list the leads or deals behind it.</source>
        <translation>Cliquez sur une barre ou un secteur pour afficher les leads ou les affaires correspondants.</translation>
    </message>
    <message>
        <source>Leads or deals behind the figure</source>
        <translation>Leads ou affaires à l&apos;origine du chiffre</translation>
    </message>
    <message>
        <source>Open a workspace to see its KPIs.</source>
        <translation>Ouvrez un espace de travail pour voir ses KPI.</translation>
    </message>
    <message>
        <source>The first day (%1) is after the last day (%2): choose a range that starts before it ends.</source>
        <translation>Le premier jour (%1) est postérieur au dernier jour (%2) : choisissez une période qui commence avant de finir.</translation>
    </message>
    <message>
        <source>The KPIs could not be computed; see the workspace check (File menu).</source>
        <translation>Les KPI n&apos;ont pas pu être calculés ; voir la vérification de l&apos;espace de travail (menu Fichier).</translation>
    </message>
    <message>
        <source>Leads %1 · MQL %2 · SQL %3 · Free trials %4 · New customers %5 · Total sales %6 · Gross margin %7 · Cost %8 · CPL %9 · CPA %10 · ROI %11 · Lifetime value %12 · Average deal %13 · Sales cycle %14 days (median), %15 (90%)</source>
        <translation>Leads %1 · MQL %2 · SQL %3 · Essais gratuits %4 · Nouveaux clients %5 · Total des ventes %6 · Marge brute %7 · Coût %8 · CPL %9 · CPA %10 · ROI %11 · Valeur vie client %12 · Montant moyen %13 · Cycle de vente %14 jours (médiane), %15 (90 %)</translation>
    </message>
    <message>
        <source>Biggest leak: %1 → %2, only %3 go on.</source>
        <translation>Plus grande fuite : %1 → %2, seuls %3 poursuivent.</translation>
    </message>
    <message>
        <source>Biggest leak: %1 (no leads in the range).</source>
        <translation>Plus grande fuite : %1 (aucun lead sur la période).</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Entonnoir</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>funnel step “%1”</source>
        <translation>étape « %1 » de l&apos;entonnoir</translation>
    </message>
    <message>
        <source>Total sales per month</source>
        <translation>Total des ventes par mois</translation>
    </message>
    <message>
        <source>Total sales</source>
        <translation>Total des ventes</translation>
    </message>
    <message>
        <source>Growth over the month before (%)</source>
        <translation>Croissance d&apos;un mois sur l&apos;autre (%)</translation>
    </message>
    <message>
        <source>sales of %1</source>
        <translation>ventes de %1</translation>
    </message>
    <message>
        <source>CPL, CPA and ROI by campaign</source>
        <translation>CPL, CPA et ROI par campagne</translation>
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
        <translation>campagne « %1 »</translation>
    </message>
    <message>
        <source>Leads by source</source>
        <translation>Leads par source</translation>
    </message>
    <message>
        <source>source “%1”</source>
        <translation>source « %1 »</translation>
    </message>
    <message>
        <source>Sales cycle (first touch to close): median %1 days, 90% within %2</source>
        <translation>Cycle de vente (du premier contact à la clôture) : médiane %1 jours, 90 % en %2 au plus</translation>
    </message>
    <message>
        <source>Won deals</source>
        <translation>Affaires gagnées</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>deals closed in %1</source>
        <translation>affaires conclues en %1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>Leads behind %1: the newest %2 of %3. Double-click one to open it.</source>
        <translation>Leads – %1 : les %2 plus récents sur %3. Double-cliquez sur un lead pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>Leads behind %1: %2. Double-click one to open it.</source>
        <translation>Leads – %1 : %2. Double-cliquez sur un lead pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Affaire</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Won on</source>
        <translation>Gagnée le</translation>
    </message>
    <message>
        <source>Won deals behind %1: the latest %2 of %3. Double-click one to open its lead.</source>
        <translation>Affaires gagnées – %1 : les %2 plus récentes sur %3. Double-cliquez sur une affaire pour ouvrir son lead.</translation>
    </message>
    <message>
        <source>Won deals behind %1: %2. Double-click one to open its lead.</source>
        <translation>Affaires gagnées – %1 : %2. Double-cliquez sur une affaire pour ouvrir son lead.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <source>KPI report</source>
        <translation>Rapport KPI</translation>
    </message>
    <message>
        <source>%1 to %2, by %3 · made %4</source>
        <translation>%1 au %2, par %3 · généré le %4</translation>
    </message>
    <message>
        <source>Biggest leak</source>
        <translation>Plus grande fuite</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totaux</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>KPIs by %1 (1/2)</source>
        <translation>KPI par %1 (1/2)</translation>
    </message>
    <message>
        <source>KPIs by %1 (2/2)</source>
        <translation>KPI par %1 (2/2)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Croissance</translation>
    </message>
    <message>
        <source>biggest leak</source>
        <translation>plus grande fuite</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Conversion</translation>
    </message>
    <message>
        <source>Sales cycle</source>
        <translation>Cycle de vente</translation>
    </message>
    <message>
        <source>First touch to close</source>
        <translation>Du premier contact à la clôture</translation>
    </message>
    <message>
        <source>Export PDF Report</source>
        <translation>Exporter le rapport PDF</translation>
    </message>
    <message>
        <source>kpi-report.pdf</source>
        <translation>rapport-kpi.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export Charts as PNG</source>
        <translation>Exporter les graphiques en PNG</translation>
    </message>
    <message>
        <source>Export Tables as CSV</source>
        <translation>Exporter les tableaux en CSV</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s).</source>
        <translation>
            <numerusform>%n fichier exporté.</numerusform>
            <numerusform>%n fichiers exportés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Impossible de créer %1 : %2</translation>
    </message>
    <message>
        <source>%1 is a folder, not a workspace file.</source>
        <translation>%1 est un dossier, pas un fichier d&apos;espace de travail.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1 : %2</translation>
    </message>
</context>
<context>
    <name>DealBoard</name>
    <message>
        <source>No pipeline yet. Create one with &quot;New pipeline&quot;, or add a deal.</source>
        <translation>Aucun pipeline pour l&apos;instant. Créez-en un avec « Nouveau pipeline » ou ajoutez une affaire.</translation>
    </message>
    <message>
        <source>Deals in %1</source>
        <translation>Affaires dans %1</translation>
    </message>
    <message>
        <source>Cannot read the deals: %1</source>
        <translation>Impossible de lire les affaires : %1</translation>
    </message>
    <message>
        <source>No pipeline yet. Create one with Pipeline &gt; New pipeline, or add a deal.</source>
        <translation>Aucun pipeline pour l&apos;instant. Créez-en un avec Pipeline &gt; Nouveau pipeline ou ajoutez une affaire.</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Aucun espace de travail n&apos;est ouvert.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Weighted: %1</source>
        <translation>Pondéré : %1</translation>
    </message>
    <message>
        <source>Closed won</source>
        <translation>Gagnées</translation>
    </message>
    <message>
        <source>Closed lost</source>
        <translation>Perdues</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) in %1; the sum of their amounts.</source>
        <translation>
            <numerusform>%n affaire dans %1 ; la somme de leurs montants.</numerusform>
            <numerusform>%n affaires dans %1 ; la somme de leurs montants.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the deals of %1.</source>
        <translation>Impossible de lire les affaires de %1.</translation>
    </message>
    <message>
        <source>The workspace is read-only: deals cannot be moved.</source>
        <translation>L&apos;espace de travail est en lecture seule : les affaires ne peuvent pas être déplacées.</translation>
    </message>
    <message>
        <source>Move deal</source>
        <translation>Déplacer l&apos;affaire</translation>
    </message>
    <message>
        <source>Moved %1 to %2.</source>
        <translation>%1 déplacée vers %2.</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>&amp;Move to</source>
        <translation>&amp;Déplacer vers</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;New deal…</source>
        <translation>&amp;Nouvelle affaire…</translation>
    </message>
    <message>
        <source>New deal</source>
        <translation>Nouvelle affaire</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 ajoutée.</translation>
    </message>
    <message>
        <source>Open deal</source>
        <translation>Ouvrir l&apos;affaire</translation>
    </message>
    <message>
        <source>Edit deal</source>
        <translation>Modifier l&apos;affaire</translation>
    </message>
    <message>
        <source>Delete deal</source>
        <translation>Supprimer l&apos;affaire</translation>
    </message>
    <message>
        <source>Delete %1 with its stage history? Edit &gt; Undo brings it back.</source>
        <translation>Supprimer %1 avec son historique des étapes ? Édition &gt; Annuler permet de la restaurer.</translation>
    </message>
    <message>
        <source>Deleted %1. Undo brings it back.</source>
        <translation>%1 supprimée. Annuler permet de la restaurer.</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) in %1; the sum of their amounts, and that sum weighted by each deal&apos;s probability (%2 by default in this stage).</source>
        <translation>
            <numerusform>%n affaire dans %1 ; la somme de leurs montants, et cette somme pondérée par la probabilité de chaque affaire (%2 par défaut à cette étape).</numerusform>
            <numerusform>%n affaires dans %1 ; la somme de leurs montants, et cette somme pondérée par la probabilité de chaque affaire (%2 par défaut à cette étape).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DealCardDelegate</name>
    <message>
        <source>Won %1</source>
        <translation>Gagnée %1</translation>
    </message>
    <message>
        <source>Lost %1</source>
        <translation>Perdue %1</translation>
    </message>
    <message>
        <source>%L1 d</source>
        <comment>days in the stage</comment>
        <translation>%L1 j</translation>
    </message>
    <message>
        <source>⚠ rotting, %L1 d</source>
        <comment>days in the stage, past its limit</comment>
        <translation>⚠ stagnante, %L1 j</translation>
    </message>
    <message>
        <source>No next step</source>
        <translation>Aucune action prévue</translation>
    </message>
    <message>
        <source>Overdue today %1</source>
        <translation>En retard, aujourd&apos;hui %1</translation>
    </message>
    <message>
        <source>Next today %1</source>
        <translation>À faire aujourd&apos;hui %1</translation>
    </message>
    <message>
        <source>Overdue %1</source>
        <translation>En retard %1</translation>
    </message>
    <message>
        <source>Next %1</source>
        <translation>À faire %1</translation>
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
        <translation>aucune entreprise</translation>
    </message>
</context>
<context>
    <name>DealCommands</name>
    <message>
        <source>New deal</source>
        <translation>Nouvelle affaire</translation>
    </message>
    <message>
        <source>Edit deal</source>
        <translation>Modifier l&apos;affaire</translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>Déplacer %1 vers %2</translation>
    </message>
</context>
<context>
    <name>DealEditorDialog</name>
    <message>
        <source>Deal</source>
        <translation>Affaire</translation>
    </message>
    <message>
        <source>New deal</source>
        <translation>Nouvelle affaire</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>What is being sold, e.g. &quot;40 seats, yearly&quot;</source>
        <translation>Ce qui est vendu, p. ex. « 40 licences, annuel »</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Type part of a name, e-mail or company</source>
        <translation>Saisissez une partie d&apos;un nom, e-mail ou entreprise</translation>
    </message>
    <message>
        <source>&amp;Lead:</source>
        <translation>&amp;Lead :</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>The lead&apos;s company when empty</source>
        <translation>L&apos;entreprise du lead si vide</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Entreprise :</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Montant :</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <source>Expected close date</source>
        <translation>Date de clôture prévue</translation>
    </message>
    <message>
        <source>Close &amp;date:</source>
        <translation>&amp;Date de clôture :</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>É&amp;tape :</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Probabilité</translation>
    </message>
    <message>
        <source>&amp;Probability:</source>
        <translation>&amp;Probabilité :</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Non attribuée</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>Pr&amp;opriétaire :</translation>
    </message>
    <message>
        <source>Gross margin</source>
        <translation>Marge brute</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>Gross &amp;margin:</source>
        <translation>Marge &amp;brute :</translation>
    </message>
    <message>
        <source>Won on %1</source>
        <translation>Gagnée le %1</translation>
    </message>
    <message>
        <source>Lost on %1</source>
        <translation>Perdue le %1</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Résultat :</translation>
    </message>
    <message>
        <source>Close reason</source>
        <translation>Motif de clôture</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>Historique des étapes</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>(deleted stage)</source>
        <translation>(étape supprimée)</translation>
    </message>
    <message>
        <source>Entered %1</source>
        <translation>Entrée le %1</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Historique :</translation>
    </message>
    <message>
        <source>&amp;Delete deal…</source>
        <translation>&amp;Supprimer l&apos;affaire…</translation>
    </message>
    <message>
        <source>Lead: choose the lead from the list that opens as you type, or clear the field.</source>
        <translation>Lead : choisissez le lead dans la liste qui s&apos;ouvre pendant la saisie, ou videz le champ.</translation>
    </message>
    <message>
        <source>Gross margin: &quot;%1&quot; is not a number (write it as %2).</source>
        <translation>Marge brute : « %1 » n&apos;est pas un nombre (écrivez-le sous la forme %2).</translation>
    </message>
    <message>
        <source>Stage default (%1)</source>
        <translation>Par défaut de l&apos;étape (%1)</translation>
    </message>
</context>
<context>
    <name>DealOutcome</name>
    <message>
        <source>Won</source>
        <translation>Gagnée</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdue</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>En cours</translation>
    </message>
</context>
<context>
    <name>DealRepository</name>
    <message>
        <source>Deal #%1 does not exist (it may have been deleted).</source>
        <translation>L&apos;affaire n° %1 n&apos;existe pas (elle a peut-être été supprimée).</translation>
    </message>
    <message>
        <source>Title: a deal needs a title.</source>
        <translation>Titre : une affaire doit avoir un titre.</translation>
    </message>
    <message>
        <source>Title: at most 300 characters (%1 given).</source>
        <translation>Titre : 300 caractères au maximum (%1 saisis).</translation>
    </message>
    <message>
        <source>Amount: must be a number of 0 or more.</source>
        <translation>Montant : doit être un nombre supérieur ou égal à 0.</translation>
    </message>
    <message>
        <source>Amount: %1 is more than a desktop pipeline holds (at most 1,000,000,000,000).</source>
        <translation>Montant : %1 dépasse ce qu&apos;un pipeline de bureau peut contenir (1 000 000 000 000 au maximum).</translation>
    </message>
    <message>
        <source>Currency: &quot;%1&quot; is not a three-letter ISO code such as EUR, USD or BRL.</source>
        <translation>Devise : « %1 » n&apos;est pas un code ISO à trois lettres comme EUR, USD ou BRL.</translation>
    </message>
    <message>
        <source>Probability: must be between 0 and 100%.</source>
        <translation>Probabilité : doit être comprise entre 0 et 100 %.</translation>
    </message>
    <message>
        <source>Gross margin: not a number.</source>
        <translation>Marge brute : pas un nombre.</translation>
    </message>
    <message>
        <source>Expected close: not a date.</source>
        <translation>Clôture prévue : pas une date.</translation>
    </message>
    <message>
        <source>Lead: #%1 does not exist.</source>
        <translation>Lead : le n° %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Owner: rep #%1 does not exist.</source>
        <translation>Propriétaire : le commercial n° %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Cannot find a place for the deal in its column.</source>
        <translation>Impossible de trouver une place pour l&apos;affaire dans sa colonne.</translation>
    </message>
    <message>
        <source>Pipeline &quot;%1&quot; has no open stage for a new deal.</source>
        <translation>Le pipeline « %1 » n&apos;a pas d&apos;étape ouverte pour une nouvelle affaire.</translation>
    </message>
    <message>
        <source>Stage #%1 is not a stage of pipeline &quot;%2&quot;.</source>
        <translation>L&apos;étape n° %1 n&apos;est pas une étape du pipeline « %2 ».</translation>
    </message>
    <message>
        <source>A new deal starts in an open stage, not in &quot;%1&quot;; close it afterwards.</source>
        <translation>Une nouvelle affaire commence dans une étape ouverte, pas dans « %1 » ; clôturez-la ensuite.</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Deal created: %1</source>
        <translation>Affaire créée : %1</translation>
    </message>
    <message>
        <source>Deal linked: %1</source>
        <translation>Affaire liée : %1</translation>
    </message>
    <message>
        <source>Stage #%1 does not exist.</source>
        <translation>L&apos;étape n° %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Moving &quot;%1&quot; to %2 needs the date it was closed.</source>
        <translation>Déplacer « %1 » vers %2 nécessite sa date de clôture.</translation>
    </message>
    <message>
        <source>Close date: %1 is in the future.</source>
        <translation>Date de clôture : %1 est dans le futur.</translation>
    </message>
    <message>
        <source>Give the reason &quot;%1&quot; was lost: the win/loss analysis counts on it.</source>
        <translation>Indiquez pourquoi « %1 » a été perdue : l&apos;analyse gains/pertes en dépend.</translation>
    </message>
    <message>
        <source>Deal won: %1</source>
        <translation>Affaire gagnée : %1</translation>
    </message>
    <message>
        <source>Deal lost: %1 (%2)</source>
        <translation>Affaire perdue : %1 (%2)</translation>
    </message>
    <message>
        <source>Deal reopened: %1</source>
        <translation>Affaire rouverte : %1</translation>
    </message>
</context>
<context>
    <name>DemoDialog</name>
    <message>
        <source>Load demo data</source>
        <translation>Charger les données de démonstration</translation>
    </message>
    <message>
        <source>Adds sales reps, campaigns with their costs, and leads from France, Brazil, Portugal, Italy, Greece and elsewhere, with their e-mail opens, clicks, page visits, meetings, stage history and deals.</source>
        <translation>Ajoute des commerciaux, des campagnes avec leurs coûts et des leads de France, du Brésil, du Portugal, d&apos;Italie, de Grèce et d&apos;ailleurs, avec leurs ouvertures d&apos;e-mails, clics, visites de pages, réunions, historique des étapes et affaires.</translation>
    </message>
    <message>
        <source>Number of leads</source>
        <translation>Nombre de leads</translation>
    </message>
    <message>
        <source>&amp;Leads:</source>
        <translation>&amp;Leads :</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Charger</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Écriture…</translation>
    </message>
    <message>
        <source>Stopping after the current batch…</source>
        <translation>Arrêt après le lot en cours…</translation>
    </message>
</context>
<context>
    <name>DryRunDialog</name>
    <message>
        <source>Dry Run — %1</source>
        <translation>Simulation — %1</translation>
    </message>
    <message>
        <source>The dry run stopped: %1</source>
        <translation>La simulation s&apos;est arrêtée : %1</translation>
    </message>
    <message>
        <source>Nothing to do: both sides agree.</source>
        <translation>Rien à faire : les deux côtés concordent.</translation>
    </message>
    <message>
        <source>Planned changes</source>
        <translation>Modifications prévues</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Actuel</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>Devient</translation>
    </message>
    <message>
        <source>create</source>
        <translation>créer</translation>
    </message>
    <message>
        <source>update</source>
        <translation>mettre à jour</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>supprimer</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>conflit</translation>
    </message>
    <message>
        <source>Leadbench</source>
        <translation>Leadbench</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more change(s).</source>
        <translation>
            <numerusform>… et %n autre modification.</numerusform>
            <numerusform>… et %n autres modifications.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Nothing was written. A sync would make these changes (%L1 pulled, %L2 pushed, %L3 conflicts):</source>
        <translation>Rien n&apos;a été écrit. Une synchronisation ferait ces modifications (%L1 reçues, %L2 envoyées, %L3 conflits) :</translation>
    </message>
</context>
<context>
    <name>DuplicatePolicy</name>
    <message>
        <source>Skip: keep the lead as it is</source>
        <translation>Ignorer : laisser le lead tel quel</translation>
    </message>
    <message>
        <source>Fill the lead&apos;s empty fields</source>
        <translation>Compléter les champs vides du lead</translation>
    </message>
    <message>
        <source>Overwrite the lead&apos;s fields with the file&apos;s values</source>
        <translation>Écraser les champs du lead avec les valeurs du fichier</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export leads</source>
        <translation>Exporter les leads</translation>
    </message>
    <message>
        <source>The selected leads: %1</source>
        <translation>Les leads sélectionnés : %1</translation>
    </message>
    <message>
        <source>The leads shown (search and filters): %1</source>
        <translation>Les leads affichés (recherche et filtres) : %1</translation>
    </message>
    <message>
        <source>The segment</source>
        <translation>Le segment</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>All leads: %1</source>
        <translation>Tous les leads : %1</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>CSV (UTF-8)</source>
        <translation>CSV (UTF-8)</translation>
    </message>
    <message>
        <source>CSV for Excel (UTF-8 with byte-order mark)</source>
        <translation>CSV pour Excel (UTF-8 avec BOM)</translation>
    </message>
    <message>
        <source>vCard (.vcf)</source>
        <translation>vCard (.vcf)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Fichier à écrire</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>F&amp;ichier :</translation>
    </message>
    <message>
        <source>Cells starting with = + - @ get an apostrophe (spreadsheets never run them)</source>
        <translation>Les cellules commençant par = + - @ reçoivent une apostrophe (les tableurs ne les exécutent jamais)</translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation>Fichiers vCard (*.vcf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Choose a file to write in an existing folder.</source>
        <translation>Choisissez un fichier à écrire dans un dossier existant.</translation>
    </message>
    <message>
        <source>%1 exists. Replace it?</source>
        <translation>%1 existe. Le remplacer ?</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>%1 leads written…</source>
        <translation>%1 leads écrits…</translation>
    </message>
</context>
<context>
    <name>FieldCondition</name>
    <message>
        <source>is</source>
        <translation>est</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>contient</translation>
    </message>
    <message>
        <source>is one of</source>
        <translation>est parmi</translation>
    </message>
    <message>
        <source>is at least</source>
        <translation>est au moins</translation>
    </message>
    <message>
        <source>is at most</source>
        <translation>est au plus</translation>
    </message>
    <message>
        <source>is filled in</source>
        <translation>est renseigné</translation>
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
        <translation>%1 : indiquez une valeur de comparaison.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number.</source>
        <translation>%1 : « %2 » n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>unknown field or operator in %1</source>
        <translation>champ ou opérateur inconnu dans %1</translation>
    </message>
</context>
<context>
    <name>FieldMappingDialog</name>
    <message>
        <source>Field Mapping — %1</source>
        <translation>Mappage des champs — %1</translation>
    </message>
    <message>
        <source>Which Leadbench field goes to which CRM field. &quot;Leadbench decides&quot; or &quot;CRM decides&quot; makes one side the source of truth for the field; otherwise a field changed on both sides is a conflict. An empty value never replaces a filled one unless you allow it.</source>
        <translation>Quel champ Leadbench correspond à quel champ du CRM. « Leadbench décide » ou « Le CRM décide » fait d&apos;un côté la source de vérité pour le champ ; sinon, un champ modifié des deux côtés est un conflit. Une valeur vide ne remplace jamais une valeur renseignée, sauf si vous l&apos;autorisez.</translation>
    </message>
    <message>
        <source>%1 field mapping</source>
        <translation>Mappage des champs %1</translation>
    </message>
    <message>
        <source>Leadbench field</source>
        <translation>Champ Leadbench</translation>
    </message>
    <message>
        <source>%1 field</source>
        <translation>Champ %1</translation>
    </message>
    <message>
        <source>Source of truth</source>
        <translation>Source de vérité</translation>
    </message>
    <message>
        <source>Empty may replace</source>
        <translation>Vide peut remplacer</translation>
    </message>
    <message>
        <source>&amp;Add Field</source>
        <translation>&amp;Ajouter un champ</translation>
    </message>
    <message>
        <source>&amp;Remove Field</source>
        <translation>&amp;Retirer le champ</translation>
    </message>
    <message>
        <source>Restore &amp;Defaults</source>
        <translation>Rétablir les valeurs par &amp;défaut</translation>
    </message>
    <message>
        <source>%1 ↔ %2</source>
        <translation>%1 ↔ %2</translation>
    </message>
    <message>
        <source>CRM field</source>
        <translation>Champ du CRM</translation>
    </message>
    <message>
        <source>%1 (%2, read-only)</source>
        <translation>%1 (%2, lecture seule)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Both ways</source>
        <translation>Dans les deux sens</translation>
    </message>
    <message>
        <source>Leadbench decides</source>
        <translation>Leadbench décide</translation>
    </message>
    <message>
        <source>CRM decides</source>
        <translation>Le CRM décide</translation>
    </message>
    <message>
        <source>An empty value may replace a filled one</source>
        <translation>Une valeur vide peut remplacer une valeur renseignée</translation>
    </message>
</context>
<context>
    <name>FlowView</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>%1: End</source>
        <translation>%1 : Fin</translation>
    </message>
    <message>
        <source>▶ Start · </source>
        <translation>▶ Début · </translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>n° %1 %2</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <source>%1%</source>
        <extracomment>A percentage; %1 is the number. Write the sign as your language does (&quot;%1 %&quot; in French).</extracomment>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message>
        <source>&quot;%1&quot; is not a valid address.</source>
        <translation>« %1 » n&apos;est pas une adresse valide.</translation>
    </message>
    <message>
        <source>Plain http is refused for %1: the connection would not be encrypted. Use https (plain http is allowed only to this computer, e.g. 127.0.0.1).</source>
        <translation>Le http simple est refusé pour %1 : la connexion ne serait pas chiffrée. Utilisez https (le http simple n&apos;est autorisé que vers cet ordinateur, p. ex. 127.0.0.1).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http or https address.</source>
        <translation>« %1 » n&apos;est pas une adresse http ou https.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>%1 %2: %3 (tried %4 times).</source>
        <translation>%1 %2 : %3 (%4 tentatives).</translation>
    </message>
    <message>
        <source>%1 %2: %3; retrying in %4 s.</source>
        <translation>%1 %2 : %3 ; nouvelle tentative dans %4 s.</translation>
    </message>
    <message>
        <source>%1 %2: answered %3; retrying in %4 s.</source>
        <translation>%1 %2 : réponse %3 ; nouvelle tentative dans %4 s.</translation>
    </message>
    <message>
        <source>the HTTP library could not start</source>
        <translation>la bibliothèque HTTP n&apos;a pas pu démarrer</translation>
    </message>
</context>
<context>
    <name>HubSpotConnector</name>
    <message>
        <source>HubSpot CRM: contacts and deals, through a private app&apos;s access token.</source>
        <translation>HubSpot CRM : contacts et affaires, via le jeton d&apos;accès d&apos;une application privée.</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>Adresse de l&apos;API</translation>
    </message>
    <message>
        <source>https://api.hubapi.com unless HubSpot tells you otherwise.</source>
        <translation>https://api.hubapi.com, sauf indication contraire de HubSpot.</translation>
    </message>
    <message>
        <source>Private app access token</source>
        <translation>Jeton d&apos;accès de l&apos;application privée</translation>
    </message>
    <message>
        <source>Settings &gt; Integrations &gt; Private apps in HubSpot; scopes: crm.objects.contacts and crm.objects.deals (read, write), crm.schemas.contacts.write, crm.schemas.deals.write.</source>
        <translation>Settings &gt; Integrations &gt; Private apps dans HubSpot ; portées : crm.objects.contacts et crm.objects.deals (lecture, écriture), crm.schemas.contacts.write, crm.schemas.deals.write.</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <source>Mobile phone number</source>
        <translation>Numéro de mobile</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Nom de l&apos;entreprise</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Secteur d&apos;activité</translation>
    </message>
    <message>
        <source>Annual revenue</source>
        <translation>Chiffre d&apos;affaires annuel</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>State/Region</source>
        <translation>État/Région</translation>
    </message>
    <message>
        <source>Country/Region</source>
        <translation>Pays/Région</translation>
    </message>
    <message>
        <source>Website URL</source>
        <translation>URL du site web</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>Étape du cycle de vie</translation>
    </message>
    <message>
        <source>Lead status</source>
        <translation>Statut du lead</translation>
    </message>
    <message>
        <source>Original source</source>
        <translation>Source d&apos;origine</translation>
    </message>
    <message>
        <source>HubSpot score</source>
        <translation>Score HubSpot</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Affaires</translation>
    </message>
    <message>
        <source>Deal name</source>
        <translation>Nom de l&apos;affaire</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Close date</source>
        <translation>Date de clôture</translation>
    </message>
    <message>
        <source>Deal stage</source>
        <translation>Étape de l&apos;affaire</translation>
    </message>
    <message>
        <source>Deal probability</source>
        <translation>Probabilité de l&apos;affaire</translation>
    </message>
    <message>
        <source>Deal description</source>
        <translation>Description de l&apos;affaire</translation>
    </message>
</context>
<context>
    <name>HubSpotSession</name>
    <message>
        <source>HubSpot: no access token is stored for this connection.</source>
        <translation>HubSpot : aucun jeton d&apos;accès n&apos;est enregistré pour cette connexion.</translation>
    </message>
    <message>
        <source>checking the property %1</source>
        <translation>vérification de la propriété %1</translation>
    </message>
    <message>
        <source>creating the property %1 (the token needs the crm.schemas.%2.write scope)</source>
        <translation>création de la propriété %1 (le jeton requiert la portée crm.schemas.%2.write)</translation>
    </message>
    <message>
        <source>HubSpot: the search stopped at its result cap; continuing after record %1.</source>
        <translation>HubSpot : la recherche a atteint sa limite de résultats ; reprise après l&apos;enregistrement %1.</translation>
    </message>
    <message>
        <source>searching %1</source>
        <translation>recherche de %1</translation>
    </message>
    <message>
        <source>listing archived %1</source>
        <translation>liste des %1 archivés</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>lecture de %1</translation>
    </message>
    <message>
        <source>HubSpot refused the access token while %1: %2. Check the private app&apos;s token in the connection.</source>
        <translation>HubSpot a refusé le jeton d&apos;accès lors de : %1 : %2. Vérifiez le jeton de l&apos;application privée dans la connexion.</translation>
    </message>
    <message>
        <source>HubSpot refused %1: %2. The private app needs the scopes crm.objects.contacts.read/write, crm.objects.deals.read/write and crm.schemas.contacts.write/crm.schemas.deals.write.</source>
        <translation>HubSpot a refusé %1 : %2. L&apos;application privée requiert les portées crm.objects.contacts.read/write, crm.objects.deals.read/write et crm.schemas.contacts.write/crm.schemas.deals.write.</translation>
    </message>
    <message>
        <source>HubSpot kept answering &quot;too many requests&quot; while %1: %2</source>
        <translation>HubSpot a répondu « trop de requêtes » à répétition lors de : %1 : %2</translation>
    </message>
    <message>
        <source>HubSpot failed while %1 (HTTP %2): %3</source>
        <translation>Échec de HubSpot lors de : %1 (HTTP %2) : %3</translation>
    </message>
    <message>
        <source>HubSpot refused %1 (HTTP %2): %3</source>
        <translation>HubSpot a refusé %1 (HTTP %2) : %3</translation>
    </message>
    <message>
        <source>reading the contacts of deals</source>
        <translation>lecture des contacts des affaires</translation>
    </message>
    <message>
        <source>deleting %1</source>
        <translation>suppression de %1</translation>
    </message>
    <message>
        <source>no longer exists in HubSpot</source>
        <translation>n&apos;existe plus dans HubSpot</translation>
    </message>
    <message>
        <source>HubSpot did not return this record</source>
        <translation>HubSpot n&apos;a pas renvoyé cet enregistrement</translation>
    </message>
    <message>
        <source>same e-mail as HubSpot contact %1</source>
        <translation>même e-mail que le contact HubSpot %1</translation>
    </message>
    <message>
        <source>its e-mail is already used by HubSpot contact %1</source>
        <translation>son e-mail est déjà utilisé par le contact HubSpot %1</translation>
    </message>
    <message>
        <source>creating %1</source>
        <translation>création de %1</translation>
    </message>
    <message>
        <source>updating %1</source>
        <translation>mise à jour de %1</translation>
    </message>
    <message>
        <source>HubSpot: deals were saved but not associated with their contacts: %1</source>
        <translation>HubSpot : les affaires ont été enregistrées mais pas associées à leurs contacts : %1</translation>
    </message>
</context>
<context>
    <name>ImportHistory</name>
    <message>
        <source>There is no import #%1.</source>
        <translation>Il n&apos;y a pas d&apos;import n° %1.</translation>
    </message>
    <message>
        <source>Import #%1 was already undone.</source>
        <translation>L&apos;import n° %1 a déjà été annulé.</translation>
    </message>
    <message>
        <source>A saved mapping needs a name.</source>
        <translation>Un mappage enregistré doit avoir un nom.</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrompu</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>partly undone</source>
        <translation>partiellement annulé</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>Import history</source>
        <translation>Historique des imports</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Imports</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lues</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créées</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Fusionnées</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejetées</translation>
    </message>
    <message>
        <source>&amp;Undo This Import…</source>
        <translation>&amp;Annuler cet import…</translation>
    </message>
    <message>
        <source>Open &amp;Rejects File</source>
        <translation>Ouvrir le fichier des &amp;rejets</translation>
    </message>
    <message>
        <source>Duplicates: %1 · by %2 · %3 s</source>
        <translation>Doublons : %1 · par %2 · %3 s</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Annuler l&apos;import</translation>
    </message>
    <message>
        <source>Undo import #%1 of %2?

%3 rows it created will be removed and %4 rows it changed get their previous values back.</source>
        <translation>Annuler l&apos;import n° %1 de %2 ?

Les %3 lignes qu&apos;il a créées seront supprimées et les %4 lignes qu&apos;il a modifiées retrouveront leurs valeurs précédentes.</translation>
    </message>
    <message>
        <source>%1 of the leads it created were edited since; they are removed too.</source>
        <translation>%1 des leads qu&apos;il a créés ont été modifiés depuis ; ils sont supprimés eux aussi.</translation>
    </message>
    <message>
        <source>Undoing import #%1…</source>
        <translation>Annulation de l&apos;import n° %1…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stopped part of the way. Undo the import again to finish; nothing is undone twice.</source>
        <translation>Arrêté en cours de route. Annulez à nouveau l&apos;import pour terminer ; rien n&apos;est annulé deux fois.</translation>
    </message>
    <message numerus="yes">
        <source>%n invalid e-mail(s) kept and flagged.</source>
        <translation>
            <numerusform>%n e-mail invalide conservé et signalé.</numerusform>
            <numerusform>%n e-mails invalides conservés et signalés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped at line %L1: importing the same file again resumes it.</source>
        <translation>Arrêté à la ligne %L1 : importer à nouveau le même fichier le reprend.</translation>
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
        <translation>Activités (ouvertures, clics, visites, participations)</translation>
    </message>
    <message>
        <source>Campaign costs and visitors</source>
        <translation>Coûts et visiteurs des campagnes</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Affaires</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Choisir un fichier</translation>
    </message>
    <message>
        <source>A CSV export of another CRM, a bought list, a business-card app&apos;s vCard file, an e-mail tool&apos;s report of opens and clicks, an ad platform&apos;s spend, a list of deals.</source>
        <translation>Un export CSV d&apos;un autre CRM, une liste achetée, le fichier vCard d&apos;une appli de cartes de visite, le rapport d&apos;ouvertures et de clics d&apos;un outil d&apos;e-mailing, les dépenses d&apos;une régie publicitaire, une liste d&apos;affaires.</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Fichier à importer</translation>
    </message>
    <message>
        <source>A .csv, .txt or .vcf file</source>
        <translation>Un fichier .csv, .txt ou .vcf</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>What the file holds</source>
        <translation>Contenu du fichier</translation>
    </message>
    <message>
        <source>It &amp;holds:</source>
        <translation>Il &amp;contient :</translation>
    </message>
    <message>
        <source>Import a file</source>
        <translation>Importer un fichier</translation>
    </message>
    <message>
        <source>CSV and vCard files (*.csv *.txt *.tsv *.vcf);;All files (*)</source>
        <translation>Fichiers CSV et vCard (*.csv *.txt *.tsv *.vcf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Encoding and delimiter</source>
        <translation>Encodage et séparateur</translation>
    </message>
    <message>
        <source>Detected from the file. If accents or Greek letters look wrong below, choose another encoding; if the columns are not split, another delimiter.</source>
        <translation>Détectés à partir du fichier. Si les accents ou les lettres grecques s&apos;affichent mal ci-dessous, choisissez un autre encodage ; si les colonnes ne sont pas séparées, un autre séparateur.</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Encodage</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encodage :</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Séparateur</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Détecter automatiquement</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Virgule ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Point-virgule ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation>Barre verticale ( | )</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Séparateur :</translation>
    </message>
    <message>
        <source>The first rows of the file</source>
        <translation>Les premières lignes du fichier</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Where each column goes. The table below shows the first rows as they will be saved.</source>
        <translation>Destination de chaque colonne. Le tableau ci-dessous montre les premières lignes telles qu&apos;elles seront enregistrées.</translation>
    </message>
    <message>
        <source>Saved mappings</source>
        <translation>Mappages enregistrés</translation>
    </message>
    <message>
        <source>&amp;Save Mapping…</source>
        <translation>&amp;Enregistrer le mappage…</translation>
    </message>
    <message>
        <source>Saved mapping:</source>
        <translation>Mappage enregistré :</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Mappage des colonnes</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Premières valeurs</translation>
    </message>
    <message>
        <source>Import into</source>
        <translation>Importer dans</translation>
    </message>
    <message>
        <source>As they will be saved:</source>
        <translation>Telles qu&apos;elles seront enregistrées :</translation>
    </message>
    <message>
        <source>Rows as they will be saved</source>
        <translation>Lignes telles qu&apos;elles seront enregistrées</translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation>Enregistrer le mappage</translation>
    </message>
    <message>
        <source>Name (for the next file of the same kind):</source>
        <translation>Nom (pour le prochain fichier du même type) :</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Doublons</translation>
    </message>
    <message>
        <source>A row is the same lead as one already in the workspace, or earlier in the file, when the e-mail is the same (case and spaces ignored); without an e-mail, when the phone digits are; without either, when name and company are.</source>
        <translation>Une ligne correspond à un lead déjà présent dans l&apos;espace de travail, ou plus haut dans le fichier, si l&apos;e-mail est identique (casse et espaces ignorés) ; sans e-mail, si les chiffres du téléphone le sont ; sans aucun des deux, si le nom et l&apos;entreprise le sont.</translation>
    </message>
    <message>
        <source>Empty cells never erase a value. Every import can be undone from File &gt; Import History: the leads it created are removed and the fields it changed get their values back.</source>
        <translation>Les cellules vides n&apos;effacent jamais une valeur. Chaque import peut être annulé depuis Fichier &gt; Historique des imports : les leads créés sont supprimés et les champs modifiés retrouvent leurs valeurs.</translation>
    </message>
    <message>
        <source>Activity type for rows without one</source>
        <translation>Type d&apos;activité pour les lignes qui n&apos;en ont pas</translation>
    </message>
    <message>
        <source>(from the file)</source>
        <translation>(depuis le fichier)</translation>
    </message>
    <message>
        <source>Activities without a type are:</source>
        <translation>Les activités sans type sont :</translation>
    </message>
    <message>
        <source>Import #%1 of this file stopped before its end. It will resume where it stopped, with the columns and duplicate rule it had.</source>
        <translation>L&apos;import n° %1 de ce fichier s&apos;est arrêté avant la fin. Il reprendra là où il s&apos;est arrêté, avec ses colonnes et sa règle de doublons.</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Open the &amp;Rejects File</source>
        <translation>Ouvrir le fichier des &amp;rejets</translation>
    </message>
    <message>
        <source>&amp;Undo This Import</source>
        <translation>&amp;Annuler cet import</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <source>none (vCard)</source>
        <translation>aucun (vCard)</translation>
    </message>
    <message>
        <source>Import column %1 into</source>
        <translation>Importer la colonne %1 dans</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>will be rejected: %1</source>
        <translation>sera rejetée : %1</translation>
    </message>
    <message>
        <source>Map at least one column to a name, an e-mail, a phone or a company.</source>
        <translation>Associez au moins une colonne à un nom, un e-mail, un téléphone ou une entreprise.</translation>
    </message>
    <message>
        <source>Map a column to the lead&apos;s e-mail (or id): activities are matched to leads by it.</source>
        <translation>Associez une colonne à l&apos;e-mail (ou l&apos;identifiant) du lead : c&apos;est par lui que les activités sont rattachées aux leads.</translation>
    </message>
    <message>
        <source>Map a column to the campaign.</source>
        <translation>Associez une colonne à la campagne.</translation>
    </message>
    <message>
        <source>Map a column to the deal title.</source>
        <translation>Associez une colonne au titre de l&apos;affaire.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>%1 rows in; building the indexes…</source>
        <translation>%1 lignes chargées ; construction des index…</translation>
    </message>
    <message>
        <source>%1 rows read: %2 created, %3 merged, %4 rejected</source>
        <translation>%1 lignes lues : %2 créées, %3 fusionnées, %4 rejetées</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>Importé depuis %1</translation>
    </message>
    <message>
        <source>The import stopped: %1</source>
        <translation>L&apos;import s&apos;est arrêté : %1</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Stopped after %1 rows, at your request. What was imported stays; running the same import again resumes it, and Undo removes it.</source>
        <translation>Arrêté après %1 lignes, à votre demande. Ce qui a été importé est conservé ; relancer le même import le reprend, et Annuler le supprime.</translation>
    </message>
    <message>
        <source>%1 imported.</source>
        <translation>%1 importé.</translation>
    </message>
    <message>
        <source>Rows read: %1
Created: %2
Merged with existing: %3 (unchanged: %4)
Rejected: %5</source>
        <translation>Lignes lues : %1
Créées : %2
Fusionnées avec l&apos;existant : %3 (inchangées : %4)
Rejetées : %5</translation>
    </message>
    <message>
        <source>Invalid e-mails kept and flagged: %1</source>
        <translation>E-mails invalides conservés et signalés : %1</translation>
    </message>
    <message>
        <source>Rejected rows, with their line and the reason, are in %1</source>
        <translation>Les lignes rejetées, avec leur numéro de ligne et le motif, sont dans %1</translation>
    </message>
    <message>
        <source>Time: %1 s</source>
        <translation>Durée : %1 s</translation>
    </message>
    <message>
        <source>This import was undone.</source>
        <translation>Cet import a été annulé.</translation>
    </message>
    <message>
        <source>Stopping after the current batch…</source>
        <translation>Arrêt après le lot en cours…</translation>
    </message>
    <message>
        <source>Read as %1, delimiter “%2”: %L3 columns.</source>
        <translation>Lu en %1, séparateur « %2 » : %L3 colonnes.</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>Cannot write the rejects file %1: %2</source>
        <translation>Impossible d&apos;écrire le fichier des rejets %1 : %2</translation>
    </message>
    <message>
        <source>line</source>
        <translation>ligne</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>motif</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>Importé depuis %1</translation>
    </message>
    <message>
        <source>no e-mail or lead id to match the activity to a lead</source>
        <translation>pas d&apos;e-mail ni d&apos;identifiant de lead pour rattacher l&apos;activité à un lead</translation>
    </message>
    <message>
        <source>no lead with id %1</source>
        <translation>aucun lead avec l&apos;identifiant %1</translation>
    </message>
    <message>
        <source>no lead with the e-mail %1</source>
        <translation>aucun lead avec l&apos;e-mail %1</translation>
    </message>
    <message>
        <source>unknown activity type &quot;%1&quot;</source>
        <translation>type d&apos;activité inconnu « %1 »</translation>
    </message>
    <message>
        <source>no activity type (map a column to it, or choose a type for the whole file)</source>
        <translation>aucun type d&apos;activité (associez-lui une colonne ou choisissez un type pour tout le fichier)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date</source>
        <translation>« %1 » n&apos;est pas une date</translation>
    </message>
    <message>
        <source>no campaign name</source>
        <translation>pas de nom de campagne</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a positive number</source>
        <translation>%1 « %2 » n&apos;est pas un nombre positif</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>coût</translation>
    </message>
    <message>
        <source>visitors</source>
        <translation>visiteurs</translation>
    </message>
    <message>
        <source>clicks</source>
        <translation>clics</translation>
    </message>
    <message>
        <source>Campaign &quot;%1&quot; did not exist and was created.</source>
        <translation>La campagne « %1 » n&apos;existait pas et a été créée.</translation>
    </message>
    <message>
        <source>no deal title</source>
        <translation>pas de titre d&apos;affaire</translation>
    </message>
    <message>
        <source>no lead with the e-mail %1 (import the leads first)</source>
        <translation>aucun lead avec l&apos;e-mail %1 (importez d&apos;abord les leads)</translation>
    </message>
    <message>
        <source>amount &quot;%1&quot; is not a number</source>
        <translation>le montant « %1 » n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>gross margin &quot;%1&quot; is not a number</source>
        <translation>la marge brute « %1 » n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>status &quot;%1&quot; is not won, lost or open</source>
        <translation>le statut « %1 » n&apos;est ni won, ni lost, ni open</translation>
    </message>
    <message>
        <source>no pipeline stage named &quot;%1&quot;</source>
        <translation>aucune étape de pipeline nommée « %1 »</translation>
    </message>
    <message>
        <source>no column is mapped to a name, an e-mail, a phone or a company</source>
        <translation>aucune colonne n&apos;est associée à un nom, un e-mail, un téléphone ou une entreprise</translation>
    </message>
    <message>
        <source>no column is mapped to the lead&apos;s e-mail or id</source>
        <translation>aucune colonne n&apos;est associée à l&apos;e-mail ou à l&apos;identifiant du lead</translation>
    </message>
    <message>
        <source>no column is mapped to the campaign</source>
        <translation>aucune colonne n&apos;est associée à la campagne</translation>
    </message>
    <message>
        <source>no column is mapped to the cost, visitors or clicks</source>
        <translation>aucune colonne n&apos;est associée au coût, aux visiteurs ou aux clics</translation>
    </message>
    <message>
        <source>no column is mapped to the deal title</source>
        <translation>aucune colonne n&apos;est associée au titre de l&apos;affaire</translation>
    </message>
    <message>
        <source>invalid e-mail: kept and flagged</source>
        <translation>e-mail invalide : conservé et signalé</translation>
    </message>
    <message>
        <source>%1: %2. Columns: %3.</source>
        <translation>%1 : %2. Colonnes : %3.</translation>
    </message>
    <message>
        <source>%1: cannot resume at line %2.</source>
        <translation>%1 : impossible de reprendre à la ligne %2.</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2 (a delimiter inside a field without quotes?)</source>
        <translation>%1 champs alors que l&apos;en-tête en a %2 (un séparateur dans un champ sans guillemets ?)</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) were not valid UTF-8 and were read as Windows-1252.</source>
        <translation>
            <numerusform>%n champ n&apos;était pas en UTF-8 valide et a été lu en Windows-1252.</numerusform>
            <numerusform>%n champs n&apos;étaient pas en UTF-8 valide et ont été lus en Windows-1252.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) have an invalid e-mail address: kept as written and flagged.</source>
        <translation>
            <numerusform>%n lead a une adresse e-mail invalide : conservée telle quelle et signalée.</numerusform>
            <numerusform>%n leads ont une adresse e-mail invalide : conservée telle quelle et signalée.</numerusform>
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
        <translation>Essais gratuits</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Visiteurs</translation>
    </message>
    <message>
        <source>Opt-in rate</source>
        <translation>Taux d&apos;opt-in</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>Nouveaux clients</translation>
    </message>
    <message>
        <source>Sales conversion</source>
        <translation>Conversion en vente</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
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
        <translation>Marge brute (nouveaux clients)</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>Customer lifetime value</source>
        <translation>Valeur vie client</translation>
    </message>
    <message>
        <source>Won deals</source>
        <translation>Affaires gagnées</translation>
    </message>
    <message>
        <source>Total sales</source>
        <translation>Total des ventes</translation>
    </message>
    <message>
        <source>Average deal size</source>
        <translation>Montant moyen des affaires</translation>
    </message>
    <message>
        <source>Sales cycle, median (days)</source>
        <translation>Cycle de vente, médiane (jours)</translation>
    </message>
    <message>
        <source>Sales cycle, 90th percentile (days)</source>
        <translation>Cycle de vente, 90e percentile (jours)</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Commercial</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>%1+ days</source>
        <translation>%1 jours et +</translation>
    </message>
    <message>
        <source>%1–%2 days</source>
        <translation>%1–%2 jours</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Opportunité</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>No campaign</source>
        <translation>Sans campagne</translation>
    </message>
    <message>
        <source>Campaign #%1</source>
        <translation>Campagne n° %1</translation>
    </message>
    <message>
        <source>No source</source>
        <translation>Sans source</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Sans propriétaire</translation>
    </message>
    <message>
        <source>Rep #%1</source>
        <translation>Commercial n° %1</translation>
    </message>
</context>
<context>
    <name>KpiService</name>
    <message>
        <source>“%1” is not a month (YYYY-MM).</source>
        <translation>« %1 » n&apos;est pas un mois (AAAA-MM).</translation>
    </message>
    <message>
        <source>The date range %1 to %2 is not valid: the start must be a date on or before the end.</source>
        <translation>La période du %1 au %2 n&apos;est pas valide : le début doit être une date antérieure ou égale à la fin.</translation>
    </message>
</context>
<context>
    <name>Lead</name>
    <message>
        <source>Lead #%1</source>
        <translation>Lead n° %1</translation>
    </message>
</context>
<context>
    <name>LeadBoard</name>
    <message>
        <source>Score %1 · %2</source>
        <translation>Score %1 · %2</translation>
    </message>
    <message>
        <source>Leads at %1</source>
        <translation>Leads à l&apos;étape %1</translation>
    </message>
    <message>
        <source>Cannot read the leads: %1</source>
        <translation>Impossible de lire les leads : %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>The workspace is read-only: leads cannot be moved.</source>
        <translation>L&apos;espace de travail est en lecture seule : les leads ne peuvent pas être déplacés.</translation>
    </message>
    <message>
        <source>Move lead</source>
        <translation>Déplacer le lead</translation>
    </message>
    <message>
        <source>Moved %1 to %2.</source>
        <translation>%1 déplacé vers %2.</translation>
    </message>
    <message>
        <source>Create &amp;deal…</source>
        <translation>Créer une &amp;affaire…</translation>
    </message>
    <message>
        <source>&amp;Move to</source>
        <translation>&amp;Déplacer vers</translation>
    </message>
    <message>
        <source>New deal</source>
        <translation>Nouvelle affaire</translation>
    </message>
    <message>
        <source>Added %1 for %2.</source>
        <translation>%1 ajoutée pour %2.</translation>
    </message>
    <message>
        <source>&amp;Open lead</source>
        <translation>&amp;Ouvrir le lead</translation>
    </message>
</context>
<context>
    <name>LeadCommands</name>
    <message>
        <source>Change %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>New lead</source>
        <translation>Nouveau lead</translation>
    </message>
    <message>
        <source>Merge leads</source>
        <translation>Fusionner des leads</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <source>Move to %1</source>
        <translation>Passer à %1</translation>
    </message>
</context>
<context>
    <name>LeadDetailPanel</name>
    <message>
        <source>Change stage…</source>
        <translation>Changer d&apos;étape…</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Log call</source>
        <translation>Enregistrer un appel</translation>
    </message>
    <message>
        <source>Log e-mail</source>
        <translation>Enregistrer un e-mail</translation>
    </message>
    <message>
        <source>Log meeting</source>
        <translation>Enregistrer une réunion</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Ajouter une note</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected entry of the timeline</source>
        <translation>Supprimer l&apos;entrée sélectionnée de la chronologie</translation>
    </message>
    <message>
        <source>Activity timeline</source>
        <translation>Chronologie des activités</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>Historique des étapes</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number.</source>
        <translation>%1 : « %2 » n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>employees</source>
        <translation>salariés</translation>
    </message>
    <message>
        <source>per year, in the company&apos;s currency</source>
        <translation>par an, dans la devise de l&apos;entreprise</translation>
    </message>
    <message>
        <source>Opted in</source>
        <translation>Inscrit (opt-in)</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>Désabonné</translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation>Consentement :</translation>
    </message>
    <message>
        <source>form, event or list the consent came from</source>
        <translation>formulaire, événement ou liste d&apos;où provient le consentement</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Non attribué</translation>
    </message>
    <message>
        <source>No lead selected</source>
        <translation>Aucun lead sélectionné</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>Étape : %1</translation>
    </message>
    <message>
        <source>Score: %1 (%2)</source>
        <translation>Score : %1 (%2)</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>le %1</translation>
    </message>
    <message>
        <source>Unsubscribed on %1</source>
        <translation>Désabonné le %1</translation>
    </message>
    <message>
        <source>Created %1 · updated %2 · lead #%3</source>
        <translation>Créé le %1 · modifié le %2 · lead n° %3</translation>
    </message>
    <message>
        <source>Activities (%1)</source>
        <translation>Activités (%1)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Qualify (BANT)…</source>
        <translation>Qualifier (BANT)…</translation>
    </message>
    <message>
        <source>Plan a follow-up…</source>
        <translation>Planifier une relance…</translation>
    </message>
    <message>
        <source>Follow-ups, qualifications and assignments</source>
        <translation>Relances, qualifications et attributions</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventes</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Appeler %1</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Relances</translation>
    </message>
    <message>
        <source>done: %1</source>
        <translation>faite : %1</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <source>Qualifications (BANT)</source>
        <translation>Qualifications (BANT)</translation>
    </message>
    <message>
        <source>%1 · B %2 A %3 N %4 T %5 · %6</source>
        <translation>%1 · B %2 A %3 N %4 T %5 · %6</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Qualifié</translation>
    </message>
    <message>
        <source>Budget: %1 %2 — Authority: %3 — Need: %4 — Timing: %5 — rule: %6</source>
        <translation>Budget : %1 %2 — Autorité : %3 — Besoin : %4 — Timing : %5 — règle : %6</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>Attributions</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>non attribué</translation>
    </message>
</context>
<context>
    <name>LeadExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>L&apos;export a été annulé ; aucun fichier n&apos;a été écrit.</translation>
    </message>
</context>
<context>
    <name>LeadField</name>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Secteur d&apos;activité</translation>
    </message>
    <message>
        <source>Company size</source>
        <translation>Taille de l&apos;entreprise</translation>
    </message>
    <message>
        <source>Annual revenue</source>
        <translation>Chiffre d&apos;affaires annuel</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Lead magnet</source>
        <translation>Lead magnet</translation>
    </message>
    <message>
        <source>Opt-in date</source>
        <translation>Date d&apos;opt-in</translation>
    </message>
    <message>
        <source>Opt-in source</source>
        <translation>Source de l&apos;opt-in</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>Désabonné</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>Étape du cycle de vie</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Modifié le</translation>
    </message>
</context>
<context>
    <name>LeadFilter</name>
    <message>
        <source>unknown stage &quot;%1&quot;</source>
        <translation>étape inconnue « %1 »</translation>
    </message>
    <message>
        <source>owner is not a number</source>
        <translation>le propriétaire n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>unknown temperature &quot;%1&quot;</source>
        <translation>température inconnue « %1 »</translation>
    </message>
    <message>
        <source>%1 is not a date (YYYY-MM-DD)</source>
        <translation>%1 n&apos;est pas une date (AAAA-MM-JJ)</translation>
    </message>
</context>
<context>
    <name>LeadFilterBar</name>
    <message>
        <source>any</source>
        <translation>tous</translation>
    </message>
    <message>
        <source>Search name, e-mail, company, notes…</source>
        <translation>Rechercher nom, e-mail, entreprise, notes…</translation>
    </message>
    <message>
        <source>Search leads</source>
        <translation>Rechercher des leads</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Save as segment…</source>
        <translation>Enregistrer comme segment…</translation>
    </message>
    <message>
        <source>Save the current search and filters under a name</source>
        <translation>Enregistrer la recherche et les filtres actuels sous un nom</translation>
    </message>
    <message>
        <source>Delete the selected segment</source>
        <translation>Supprimer le segment sélectionné</translation>
    </message>
    <message>
        <source>Delete segment</source>
        <translation>Supprimer le segment</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Clear the search and all filters</source>
        <translation>Effacer la recherche et tous les filtres</translation>
    </message>
    <message>
        <source>Segment:</source>
        <translation>Segment :</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Lowest score</source>
        <translation>Score minimal</translation>
    </message>
    <message>
        <source>Highest score</source>
        <translation>Score maximal</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>Créé à partir du</translation>
    </message>
    <message>
        <source>Created until</source>
        <translation>Créé jusqu&apos;au</translation>
    </message>
    <message>
        <source>Score:</source>
        <translation>Score :</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Créé :</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Non attribué</translation>
    </message>
    <message>
        <source>All leads</source>
        <translation>Tous les leads</translation>
    </message>
    <message>
        <source>Save segment</source>
        <translation>Enregistrer le segment</translation>
    </message>
    <message>
        <source>Search or filter first: a segment saves the current search and filters.</source>
        <translation>Lancez d&apos;abord une recherche ou un filtre : un segment enregistre la recherche et les filtres actuels.</translation>
    </message>
    <message>
        <source>Segment name:</source>
        <translation>Nom du segment :</translation>
    </message>
    <message>
        <source>A segment named &quot;%1&quot; exists. Replace its filters?</source>
        <translation>Un segment nommé « %1 » existe. Remplacer ses filtres ?</translation>
    </message>
    <message>
        <source>Delete the segment &quot;%1&quot;? The leads stay; only the saved filter goes.</source>
        <translation>Supprimer le segment « %1 » ? Les leads restent ; seul le filtre enregistré est supprimé.</translation>
    </message>
</context>
<context>
    <name>LeadMapper</name>
    <message>
        <source>not a lifecycle stage</source>
        <translation>pas une étape du cycle de vie</translation>
    </message>
    <message>
        <source>not a rep of this workspace</source>
        <translation>pas un commercial de cet espace de travail</translation>
    </message>
    <message>
        <source>not a campaign of this workspace</source>
        <translation>pas une campagne de cet espace de travail</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>pas un nombre</translation>
    </message>
    <message>
        <source>not a date</source>
        <translation>pas une date</translation>
    </message>
    <message>
        <source>no name, e-mail, phone or company: nothing identifies the lead</source>
        <translation>ni nom, ni e-mail, ni téléphone, ni entreprise : rien n&apos;identifie le lead</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n value(s) kept in the notes (%2), e.g. %3.</source>
        <translation>
            <numerusform>%1 : %n valeur conservée dans les notes (%2), p. ex. %3.</numerusform>
            <numerusform>%1 : %n valeurs conservées dans les notes (%2), p. ex. %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadMoveGate</name>
    <message>
        <source>Move to %1</source>
        <translation>Passer à %1</translation>
    </message>
    <message>
        <source>%1 moves from %2 to %3.</source>
        <translation>%1 passe de %2 à %3.</translation>
    </message>
    <message>
        <source>Sales qualified: budget, authority, need and timing are all there (BANT).</source>
        <translation>Qualifié commercial : budget, autorité, besoin et timing sont tous réunis (BANT).</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Why, for the stage history (required)</source>
        <translation>Pourquoi, pour l&apos;historique des étapes (obligatoire)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>Give a reason: the stage history records why each lead moved.</source>
        <translation>Indiquez un motif : l&apos;historique des étapes enregistre pourquoi chaque lead a changé d&apos;étape.</translation>
    </message>
    <message>
        <source>Moved on the lead board</source>
        <translation>Déplacé sur le tableau des leads</translation>
    </message>
</context>
<context>
    <name>LeadRepository</name>
    <message>
        <source>Lead #%1 does not exist (it may have been deleted).</source>
        <translation>Le lead n° %1 n&apos;existe pas (il a peut-être été supprimé).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>%1 cannot be changed.</source>
        <translation>%1 ne peut pas être modifié.</translation>
    </message>
    <message>
        <source>A lead cannot be merged with itself.</source>
        <translation>Un lead ne peut pas être fusionné avec lui-même.</translation>
    </message>
    <message>
        <source>Merged with %1 (#%2)</source>
        <translation>Fusionné avec %1 (n° %2)</translation>
    </message>
    <message>
        <source>Lead created</source>
        <translation>Lead créé</translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation>%1 ajouté</translation>
    </message>
    <message>
        <source>Owner: there is no rep #%1.</source>
        <translation>Propriétaire : il n&apos;y a pas de commercial n° %1.</translation>
    </message>
    <message>
        <source>Campaign: there is no campaign #%1.</source>
        <translation>Campagne : il n&apos;y a pas de campagne n° %1.</translation>
    </message>
    <message>
        <source>Lead edited</source>
        <translation>Lead modifié</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>%1 modifié</translation>
    </message>
    <message>
        <source>%1 restored</source>
        <translation>%1 restauré</translation>
    </message>
    <message>
        <source>%1 deleted</source>
        <translation>%1 supprimé</translation>
    </message>
    <message>
        <source>Merge with #%1 undone</source>
        <translation>Fusion avec n° %1 annulée</translation>
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
        <translation>Réseaux sociaux</translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation>Webinaire</translation>
    </message>
    <message>
        <source>White paper / e-book</source>
        <translation>Livre blanc / e-book</translation>
    </message>
    <message>
        <source>Organic search</source>
        <translation>Recherche naturelle</translation>
    </message>
    <message>
        <source>Landing page form</source>
        <translation>Formulaire de landing page</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>E-mailing</source>
        <translation>E-mailing</translation>
    </message>
    <message>
        <source>Cold calling</source>
        <translation>Prospection téléphonique</translation>
    </message>
    <message>
        <source>Paid search</source>
        <translation>Référencement payant</translation>
    </message>
    <message>
        <source>Advertising</source>
        <translation>Publicité</translation>
    </message>
    <message>
        <source>Bought or rented list</source>
        <translation>Fichier acheté ou loué</translation>
    </message>
    <message>
        <source>Trade show / event</source>
        <translation>Salon / événement</translation>
    </message>
</context>
<context>
    <name>LeadTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Modifié le</translation>
    </message>
    <message>
        <source>Sorted by last name, then first name</source>
        <translation>Trié par nom, puis par prénom</translation>
    </message>
    <message>
        <source>Sorted by rep, in the order reps were added</source>
        <translation>Trié par commercial, dans l&apos;ordre d&apos;ajout des commerciaux</translation>
    </message>
</context>
<context>
    <name>LeadValidation</name>
    <message>
        <source>The e-mail address contains a space.</source>
        <translation>L&apos;adresse e-mail contient une espace.</translation>
    </message>
    <message>
        <source>The e-mail address has no &quot;@&quot;.</source>
        <translation>L&apos;adresse e-mail n&apos;a pas de « @ ».</translation>
    </message>
    <message>
        <source>The e-mail address has more than one &quot;@&quot;.</source>
        <translation>L&apos;adresse e-mail a plus d&apos;un « @ ».</translation>
    </message>
    <message>
        <source>The e-mail address has nothing before the &quot;@&quot;.</source>
        <translation>L&apos;adresse e-mail n&apos;a rien avant le « @ ».</translation>
    </message>
    <message>
        <source>The e-mail address has no domain after the &quot;@&quot;.</source>
        <translation>L&apos;adresse e-mail n&apos;a pas de domaine après le « @ ».</translation>
    </message>
    <message>
        <source>The part before the &quot;@&quot; is longer than 64 characters.</source>
        <translation>La partie avant le « @ » dépasse 64 caractères.</translation>
    </message>
    <message>
        <source>The part before the &quot;@&quot; has a misplaced dot.</source>
        <translation>La partie avant le « @ » a un point mal placé.</translation>
    </message>
    <message>
        <source>The part before the &quot;@&quot; contains a character that e-mail addresses do not allow.</source>
        <translation>La partie avant le « @ » contient un caractère non autorisé dans les adresses e-mail.</translation>
    </message>
    <message>
        <source>The domain &quot;%1&quot; has no dot (for example example.com).</source>
        <translation>Le domaine « %1 » n&apos;a pas de point (par exemple example.com).</translation>
    </message>
    <message>
        <source>The domain &quot;%1&quot; has an empty part between dots.</source>
        <translation>Le domaine « %1 » a une partie vide entre deux points.</translation>
    </message>
    <message>
        <source>The domain &quot;%1&quot; has a part that starts or ends with a hyphen.</source>
        <translation>Le domaine « %1 » a une partie qui commence ou se termine par un trait d&apos;union.</translation>
    </message>
    <message>
        <source>The domain &quot;%1&quot; contains a character that domains do not allow.</source>
        <translation>Le domaine « %1 » contient un caractère non autorisé dans les domaines.</translation>
    </message>
    <message>
        <source>The domain &quot;%1&quot; ends with a one-letter part.</source>
        <translation>Le domaine « %1 » se termine par une partie d&apos;une seule lettre.</translation>
    </message>
    <message>
        <source>The phone number contains &quot;%1&quot;: use digits, spaces, + ( ) - . / and an extension.</source>
        <translation>Le numéro de téléphone contient « %1 » : utilisez des chiffres, des espaces, + ( ) - . / et un numéro de poste.</translation>
    </message>
    <message numerus="yes">
        <source>The phone number has %n digit(s); a phone number has at least 6.</source>
        <translation>
            <numerusform>Le numéro de téléphone a %n chiffre ; un numéro de téléphone en a au moins 6.</numerusform>
            <numerusform>Le numéro de téléphone a %n chiffres ; un numéro de téléphone en a au moins 6.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The phone number has %n digits; international numbers have at most 15.</source>
        <translation>
            <numerusform>Le numéro de téléphone a %n chiffre ; les numéros internationaux en ont au plus 15.</numerusform>
            <numerusform>Le numéro de téléphone a %n chiffres ; les numéros internationaux en ont au plus 15.</numerusform>
        </translation>
    </message>
    <message>
        <source>The company size cannot be negative.</source>
        <translation>La taille de l&apos;entreprise ne peut pas être négative.</translation>
    </message>
    <message>
        <source>The annual revenue cannot be negative.</source>
        <translation>Le chiffre d&apos;affaires annuel ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>Unknown lifecycle stage.</source>
        <translation>Étape du cycle de vie inconnue.</translation>
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
        <translation>Cet espace de travail n&apos;a pas encore de leads.</translation>
    </message>
    <message>
        <source>Add one by hand, or load a demo data set to try Leadbench.</source>
        <translation>Ajoutez-en un à la main ou chargez des données de démonstration pour essayer Leadbench.</translation>
    </message>
    <message>
        <source>New lead…</source>
        <translation>Nouveau lead…</translation>
    </message>
    <message>
        <source>Load demo data…</source>
        <translation>Charger les données de démonstration…</translation>
    </message>
    <message>
        <source>Delete leads</source>
        <translation>Supprimer des leads</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n leads with their activities? Edit &gt; Undo brings them back.</source>
        <translation>
            <numerusform>Supprimer %n lead avec ses activités ? Édition &gt; Annuler permet de le restaurer.</numerusform>
            <numerusform>Supprimer %n leads avec leurs activités ? Édition &gt; Annuler permet de les restaurer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete lead</source>
        <translation>Supprimer le lead</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n leads</source>
        <translation>
            <numerusform>Supprimer %n lead</numerusform>
            <numerusform>Supprimer %n leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n lead(s). Undo brings them back.</source>
        <translation>
            <numerusform>%n lead supprimé. Annuler permet de le restaurer.</numerusform>
            <numerusform>%n leads supprimés. Annuler permet de les restaurer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge leads</source>
        <translation>Fusionner des leads</translation>
    </message>
    <message>
        <source>Select exactly two leads to merge (Ctrl+click the second one).</source>
        <translation>Sélectionnez exactement deux leads à fusionner (Ctrl+clic sur le second).</translation>
    </message>
    <message>
        <source>Cannot read the leads: %1</source>
        <translation>Impossible de lire les leads : %1</translation>
    </message>
    <message>
        <source>Nobody (unassigned)</source>
        <translation>Personne (non attribué)</translation>
    </message>
    <message>
        <source>Assign to rep</source>
        <translation>Attribuer à un commercial</translation>
    </message>
    <message numerus="yes">
        <source>Give the %n selected lead(s) to:</source>
        <translation>
            <numerusform>Confier le lead sélectionné à :</numerusform>
            <numerusform>Confier les %n leads sélectionnés à :</numerusform>
        </translation>
    </message>
    <message>
        <source>assigned by hand</source>
        <translation>attribué manuellement</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) assigned to %1.</source>
        <translation>
            <numerusform>%n lead attribué à %1.</numerusform>
            <numerusform>%n leads attribués à %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Attribution</translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %n lead(s) routed by the rules.</source>
        <translation>
            <numerusform>%L1 lead sur %n attribué par les règles.</numerusform>
            <numerusform>%L1 leads sur %n attribués par les règles.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lifecycle</name>
    <message>
        <source>Subscriber</source>
        <translation>Abonné</translation>
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
        <translation>Opportunité</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Nurturing</source>
        <translation>Nurturing</translation>
    </message>
    <message>
        <source>Disqualified</source>
        <translation>Disqualifié</translation>
    </message>
</context>
<context>
    <name>LocalRecords</name>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Clôture prévue</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Probabilité</translation>
    </message>
    <message>
        <source>Lead #%1</source>
        <translation>Lead n° %1</translation>
    </message>
    <message>
        <source>Deal #%1</source>
        <translation>Affaire n° %1</translation>
    </message>
    <message>
        <source>Lead #%1 does not exist (it may have been deleted).</source>
        <translation>Le lead n° %1 n&apos;existe pas (il a peut-être été supprimé).</translation>
    </message>
    <message>
        <source>The pipeline #%1 has no stages.</source>
        <translation>Le pipeline n° %1 n&apos;a pas d&apos;étapes.</translation>
    </message>
    <message>
        <source>Untitled deal</source>
        <translation>Affaire sans titre</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n sélectionné</numerusform>
            <numerusform>%n sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Nouvel espace de travail…</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>&amp;Ouvrir un espace de travail…</translation>
    </message>
    <message>
        <source>&amp;Workspaces…</source>
        <translation>Espaces de &amp;travail…</translation>
    </message>
    <message>
        <source>&amp;Back Up Now…</source>
        <translation>&amp;Sauvegarder maintenant…</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>Load &amp;Demo Data…</source>
        <translation>Charger les données de &amp;démonstration…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Find Leads</source>
        <translation>Rec&amp;hercher des leads</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;New Lead…</source>
        <translation>&amp;Nouveau lead…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Merge Two Leads…</source>
        <translation>&amp;Fusionner deux leads…</translation>
    </message>
    <message>
        <source>Change &amp;Stage…</source>
        <translation>Changer d&apos;é&amp;tape…</translation>
    </message>
    <message>
        <source>Log &amp;Call…</source>
        <translation>Enregistrer un &amp;appel…</translation>
    </message>
    <message>
        <source>Add &amp;Note…</source>
        <translation>Ajouter une &amp;note…</translation>
    </message>
    <message>
        <source>Save Filters as &amp;Segment…</source>
        <translation>Enregistrer les filtres comme se&amp;gment…</translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation>Effacer les fi&amp;ltres</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ctualiser</translation>
    </message>
    <message>
        <source>&amp;About Leadbench</source>
        <translation>À &amp;propos de Leadbench</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Leads</source>
        <translation>&amp;Leads</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Leadbench</source>
        <translation>Leadbench</translation>
    </message>
    <message>
        <source>%1 (read-only) — Leadbench</source>
        <translation>%1 (lecture seule) — Leadbench</translation>
    </message>
    <message>
        <source>%1 — Leadbench</source>
        <translation>%1 — Leadbench</translation>
    </message>
    <message>
        <source>%1 of %2 leads</source>
        <translation>%1 leads sur %2</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Ouvrir un espace de travail</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Lecture seule : %1</translation>
    </message>
    <message>
        <source>Checking the workspace…</source>
        <translation>Vérification de l&apos;espace de travail…</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>endommagé</translation>
    </message>
    <message>
        <source>Workspace damaged</source>
        <translation>Espace de travail endommagé</translation>
    </message>
    <message>
        <source>The integrity check of %1 found: %2

The workspace is now read-only so nothing more is written to it. Restore it from a backup (File &gt; Restore from Backup).</source>
        <translation>La vérification d&apos;intégrité de %1 a détecté : %2

L&apos;espace de travail est désormais en lecture seule pour que rien de plus n&apos;y soit écrit. Restaurez-le depuis une sauvegarde (Fichier &gt; Restaurer une sauvegarde).</translation>
    </message>
    <message>
        <source>Automatic backup saved to %1</source>
        <translation>Sauvegarde automatique enregistrée dans %1</translation>
    </message>
    <message>
        <source>Automatic backup failed: %1</source>
        <translation>Échec de la sauvegarde automatique : %1</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Nouvel espace de travail</translation>
    </message>
    <message>
        <source>Leadbench workspaces (*.leadbench)</source>
        <translation>Espaces de travail Leadbench (*.leadbench)</translation>
    </message>
    <message>
        <source>%1 already exists. Open it, or choose another name.</source>
        <translation>%1 existe déjà. Ouvrez-le ou choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Leadbench workspaces (*.leadbench);;All files (*)</source>
        <translation>Espaces de travail Leadbench (*.leadbench);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Back up workspace</source>
        <translation>Sauvegarder l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Sauvegardé dans %1</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Replace %1 with the backup %2?

The workspace as it is now is kept in %3.</source>
        <translation>Remplacer %1 par la sauvegarde %2 ?

L&apos;espace de travail dans son état actuel est conservé dans %3.</translation>
    </message>
    <message>
        <source>Restored from %1</source>
        <translation>Restauré depuis %1</translation>
    </message>
    <message>
        <source>Added %1 demo leads</source>
        <translation>%1 leads de démonstration ajoutés</translation>
    </message>
    <message>
        <source>About Leadbench</source>
        <translation>À propos de Leadbench</translation>
    </message>
    <message>
        <source>Leadbench %1</source>
        <translation>Leadbench %1</translation>
    </message>
    <message>
        <source>An offline-first workbench for sales and marketing: leads, scoring, qualification, pipeline, nurturing and KPIs, in a local database.

Qt %1 · SQLite %2 · workspace format %3
Workspace: %4</source>
        <translation>Un outil de vente et de marketing conçu pour fonctionner hors ligne : leads, scoring, qualification, pipeline, nurturing et KPI, dans une base de données locale.

Qt %1 · SQLite %2 · format d&apos;espace de travail %3
Espace de travail : %4</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>&amp;Export Leads…</source>
        <translation>&amp;Exporter les leads…</translation>
    </message>
    <message>
        <source>Import &amp;History…</source>
        <translation>&amp;Historique des imports…</translation>
    </message>
    <message>
        <source>&amp;Qualify (BANT)…</source>
        <translation>&amp;Qualifier (BANT)…</translation>
    </message>
    <message>
        <source>&amp;Assign to Rep…</source>
        <translation>Attribuer à un &amp;commercial…</translation>
    </message>
    <message>
        <source>R&amp;oute by the Rules</source>
        <translation>Attrib&amp;uer selon les règles</translation>
    </message>
    <message>
        <source>Imported %1: %2 created, %3 merged, %4 rejected</source>
        <translation>%1 importé : %2 créés, %3 fusionnés, %4 rejetés</translation>
    </message>
    <message>
        <source>Exported %1 leads</source>
        <translation>%1 leads exportés</translation>
    </message>
    <message>
        <source>Add to Nurture S&amp;equence…</source>
        <translation>A&amp;jouter à une séquence de nurturing…</translation>
    </message>
    <message>
        <source>Upgrading the workspace</source>
        <translation>Mise à niveau de l&apos;espace de travail</translation>
    </message>
    <message>
        <source>%1 was made by an earlier version of Leadbench. Keeping a backup copy of it before upgrading it…</source>
        <translation>%1 a été créé par une version antérieure de Leadbench. Copie de sauvegarde avant sa mise à niveau…</translation>
    </message>
    <message>
        <source>Upgrading %1 to the current format…</source>
        <translation>Mise à niveau de %1 au format actuel…</translation>
    </message>
    <message>
        <source>%1 was made by an earlier version of Leadbench. Checking it before upgrading it…</source>
        <translation>%1 a été créé par une version antérieure de Leadbench. Vérification avant sa mise à niveau…</translation>
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
        <translation>Fusionner deux leads</translation>
    </message>
    <message>
        <source>Keep record:</source>
        <translation>Enregistrement conservé :</translation>
    </message>
    <message>
        <source>#%1, created %2</source>
        <translation>N° %1, créé le %2</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Both, one after the other</source>
        <translation>Les deux, l&apos;un après l&apos;autre</translation>
    </message>
    <message>
        <source>The two leads hold the same values.</source>
        <translation>Les deux leads ont les mêmes valeurs.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <source>The two leads become one. Pick the record that stays and, where they differ, the value to keep. All %L1 activities and both stage histories are kept.</source>
        <translation>Les deux leads n&apos;en forment plus qu&apos;un. Choisissez l&apos;enregistrement conservé et, là où ils diffèrent, la valeur à garder. Les %L1 activités et les deux historiques des étapes sont conservés.</translation>
    </message>
</context>
<context>
    <name>NewLeadDialog</name>
    <message>
        <source>New lead</source>
        <translation>Nouveau lead</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Give at least a name, an e-mail address or a company.</source>
        <translation>Indiquez au moins un nom, une adresse e-mail ou une entreprise.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>Nurture</name>
    <message>
        <source>step %1: %2</source>
        <translation>étape %1 : %2</translation>
    </message>
    <message>
        <source>the step needs a positive &quot;id&quot;</source>
        <translation>l&apos;étape doit avoir un « id » positif</translation>
    </message>
    <message>
        <source>unknown type &quot;%1&quot; (email, wait, condition, action)</source>
        <translation>type inconnu « %1 » (email, wait, condition, action)</translation>
    </message>
    <message>
        <source>unknown unit &quot;%1&quot; (hours, days, business_days)</source>
        <translation>unité inconnue « %1 » (hours, days, business_days)</translation>
    </message>
    <message>
        <source>unknown condition &quot;%1&quot;</source>
        <translation>condition inconnue « %1 »</translation>
    </message>
    <message>
        <source>unknown stage &quot;%1&quot;</source>
        <translation>étape du cycle de vie inconnue « %1 »</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;</source>
        <translation>action inconnue « %1 »</translation>
    </message>
    <message>
        <source>unknown task type &quot;%1&quot; (call, email, meeting, todo)</source>
        <translation>type de tâche inconnu « %1 » (call, email, meeting, todo)</translation>
    </message>
</context>
<context>
    <name>Nurture::NurtureService</name>
    <message>
        <source>Template &quot;%1&quot;, %2 line %3: %4</source>
        <translation>Modèle « %1 », %2 ligne %3 : %4</translation>
    </message>
    <message>
        <source>Template &quot;%1&quot;, %2: %3</source>
        <translation>Modèle « %1 », %2 : %3</translation>
    </message>
    <message>
        <source>There is already a template named &quot;%1&quot;.</source>
        <translation>Il existe déjà un modèle nommé « %1 ».</translation>
    </message>
    <message>
        <source>Template #%1 does not exist.</source>
        <translation>Le modèle n° %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The template is used by step #%1 of the sequence &quot;%2&quot;: change that step first.</source>
        <translation>Le modèle est utilisé par l&apos;étape n° %1 de la séquence « %2 » : modifiez d&apos;abord cette étape.</translation>
    </message>
    <message>
        <source>[unsubscribe link: set it in the sending settings]</source>
        <translation>[lien de désinscription : à définir dans les paramètres d&apos;envoi]</translation>
    </message>
    <message>
        <source>Adding points is not available yet: the score is computed by the scoring rules (Scoring page). Use a condition on the score instead.</source>
        <translation>L&apos;ajout de points n&apos;est pas encore disponible : le score est calculé par les règles de scoring (page Scoring). Utilisez plutôt une condition sur le score.</translation>
    </message>
    <message>
        <source>The segment that enrols leads automatically was deleted.</source>
        <translation>Le segment qui inscrit automatiquement les leads a été supprimé.</translation>
    </message>
    <message>
        <source>The sequence needs a name.</source>
        <translation>La séquence doit avoir un nom.</translation>
    </message>
    <message>
        <source>Sequence &quot;%1&quot;, step #%2: %3</source>
        <translation>Séquence « %1 », étape n° %2 : %3</translation>
    </message>
    <message>
        <source>Sequence &quot;%1&quot;: %2</source>
        <translation>Séquence « %1 » : %2</translation>
    </message>
    <message>
        <source>There is already a sequence named &quot;%1&quot;.</source>
        <translation>Il existe déjà une séquence nommée « %1 ».</translation>
    </message>
    <message>
        <source>Sequence #%1 does not exist.</source>
        <translation>La séquence n° %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Lead #%1 does not exist.</source>
        <translation>Le lead n° %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Segment #%1 does not exist.</source>
        <translation>Le segment n° %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Nurture sequence &quot;%1&quot;, step #%2</source>
        <translation>Séquence de nurturing « %1 », étape n° %2</translation>
    </message>
    <message>
        <source>%1: lead #%2: %3</source>
        <translation>%1 : lead n° %2 : %3</translation>
    </message>
    <message>
        <source>Nurture: follow up %1</source>
        <translation>Nurturing : relancer %1</translation>
    </message>
    <message>
        <source>Lead #%1, sequence &quot;%2&quot;, step #%3: %4</source>
        <translation>Lead n° %1, séquence « %2 », étape n° %3 : %4</translation>
    </message>
    <message>
        <source>Nurture: %1</source>
        <translation>Nurturing : %1</translation>
    </message>
    <message>
        <source>the program stopped while the server was receiving this e-mail; counted as sent so it never goes twice</source>
        <translation>le programme s&apos;est arrêté pendant que le serveur recevait cet e-mail ; compté comme envoyé pour qu&apos;il ne parte jamais deux fois</translation>
    </message>
    <message>
        <source>Sequence &quot;%1&quot;, step #%2: the template was deleted.</source>
        <translation>Séquence « %1 », étape n° %2 : le modèle a été supprimé.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>No mailer to send with.</source>
        <translation>Aucun service d&apos;envoi disponible.</translation>
    </message>
    <message>
        <source>Another run is sending the nurture e-mails of this workspace (lock file %1); try again when it has finished.</source>
        <translation>Un autre processus envoie les e-mails de nurturing de cet espace de travail (fichier de verrou %1) ; réessayez quand il aura terminé.</translation>
    </message>
    <message>
        <source>Unsubscribe link of the nurture e-mails</source>
        <translation>Lien de désinscription des e-mails de nurturing</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En file d&apos;attente</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <source>Handed to the server</source>
        <translation>Remis au serveur</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Will retry</source>
        <translation>Nouvel essai prévu</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>Rebond</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Exited</source>
        <translation>Sorti</translation>
    </message>
</context>
<context>
    <name>Nurture::NurtureSettings</name>
    <message>
        <source>None (this computer only)</source>
        <translation>Aucune (cet ordinateur uniquement)</translation>
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
        <translation>Port SMTP : %1 n&apos;est pas un port (1 à 65535).</translation>
    </message>
    <message>
        <source>SMTP timeout: between 5 and 600 seconds.</source>
        <translation>Délai d&apos;attente SMTP : entre 5 et 600 secondes.</translation>
    </message>
    <message>
        <source>SMTP security: without SSL or STARTTLS, e-mails and passwords would cross the network in clear; &quot;None&quot; is only allowed for a server on this computer (localhost).</source>
        <translation>Sécurité SMTP : sans SSL ni STARTTLS, les e-mails et les mots de passe transiteraient en clair sur le réseau ; « Aucune » n&apos;est autorisé que pour un serveur sur cet ordinateur (localhost).</translation>
    </message>
    <message>
        <source>Sender address: &quot;%1&quot; is not an e-mail address.</source>
        <translation>Adresse de l&apos;expéditeur : « %1 » n&apos;est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>Reply-to: &quot;%1&quot; is not an e-mail address.</source>
        <translation>Adresse de réponse : « %1 » n&apos;est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>Unsubscribe mailbox: &quot;%1&quot; is not an e-mail address.</source>
        <translation>Adresse de désinscription : « %1 » n&apos;est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>Unsubscribe page: &quot;%1&quot; is not an https:// address.</source>
        <translation>Page de désinscription : « %1 » n&apos;est pas une adresse https://.</translation>
    </message>
    <message>
        <source>Frequency cap: between 1 and 100 e-mails.</source>
        <translation>Plafond de fréquence : entre 1 et 100 e-mails.</translation>
    </message>
    <message>
        <source>Frequency cap: between 1 and 365 days.</source>
        <translation>Plafond de fréquence : entre 1 et 365 jours.</translation>
    </message>
    <message>
        <source>Attempts: between 1 and 20.</source>
        <translation>Tentatives : entre 1 et 20.</translation>
    </message>
    <message>
        <source>Most e-mails per run: 0 (no limit) or more.</source>
        <translation>Nombre max. d&apos;e-mails par exécution : 0 (sans limite) ou plus.</translation>
    </message>
    <message>
        <source>Trusted certificate: not a file name.</source>
        <translation>Certificat de confiance : ce n&apos;est pas un nom de fichier.</translation>
    </message>
    <message>
        <source>Footer, line %1: %2</source>
        <translation>Pied de page, ligne %1 : %2</translation>
    </message>
    <message>
        <source>Set the SMTP server in the sending settings first.</source>
        <translation>Indiquez d&apos;abord le serveur SMTP dans les paramètres d&apos;envoi.</translation>
    </message>
    <message>
        <source>Set the sender address in the sending settings first.</source>
        <translation>Indiquez d&apos;abord l&apos;adresse de l&apos;expéditeur dans les paramètres d&apos;envoi.</translation>
    </message>
    <message>
        <source>Set an unsubscribe mailbox or page in the sending settings first: every e-mail must offer a way to unsubscribe.</source>
        <translation>Indiquez d&apos;abord une adresse ou une page de désinscription dans les paramètres d&apos;envoi : chaque e-mail doit permettre de se désabonner.</translation>
    </message>
    <message>
        <source>Set the sender&apos;s postal address in the sending settings first: marketing e-mails must show it.</source>
        <translation>Indiquez d&apos;abord l&apos;adresse postale de l&apos;expéditeur dans les paramètres d&apos;envoi : les e-mails marketing doivent l&apos;afficher.</translation>
    </message>
</context>
<context>
    <name>Nurture::Sequence</name>
    <message>
        <source>step %1: two steps have this id</source>
        <translation>étape %1 : deux étapes ont cet id</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot; (draft, active, paused)</source>
        <translation>statut inconnu « %1 » (draft, active, paused)</translation>
    </message>
    <message>
        <source>step %1: there is no template named &quot;%2&quot;</source>
        <translation>étape %1 : aucun modèle nommé « %2 »</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n business day(s)</source>
        <translation>
            <numerusform>%n jour ouvré</numerusform>
            <numerusform>%n jours ouvrés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Nurture::Sequences</name>
    <message>
        <source>Send e-mail</source>
        <translation>Envoyer un e-mail</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Attendre</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Opened the last e-mail</source>
        <translation>A ouvert le dernier e-mail</translation>
    </message>
    <message>
        <source>Clicked in the last e-mail</source>
        <translation>A cliqué dans le dernier e-mail</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>A répondu</translation>
    </message>
    <message>
        <source>Score at least</source>
        <translation>Score d&apos;au moins</translation>
    </message>
    <message>
        <source>Stage is</source>
        <translation>L&apos;étape du cycle de vie est</translation>
    </message>
    <message>
        <source>Field value</source>
        <translation>Valeur d&apos;un champ</translation>
    </message>
    <message>
        <source>Add points</source>
        <translation>Ajouter des points</translation>
    </message>
    <message>
        <source>Set stage</source>
        <translation>Changer l&apos;étape du cycle de vie</translation>
    </message>
    <message>
        <source>Assign a rep</source>
        <translation>Attribuer un commercial</translation>
    </message>
    <message>
        <source>Create a task</source>
        <translation>Créer une tâche</translation>
    </message>
    <message>
        <source>Notify the owner</source>
        <translation>Notifier le propriétaire</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Send e-mail (no template)</source>
        <translation>Envoyer un e-mail (sans modèle)</translation>
    </message>
    <message>
        <source>Send &quot;%1&quot;</source>
        <translation>Envoyer « %1 »</translation>
    </message>
    <message>
        <source>Wait %1</source>
        <translation>Attendre %1</translation>
    </message>
    <message>
        <source>Opened the last e-mail?</source>
        <translation>A ouvert le dernier e-mail ?</translation>
    </message>
    <message>
        <source>Clicked in the last e-mail?</source>
        <translation>A cliqué dans le dernier e-mail ?</translation>
    </message>
    <message>
        <source>Replied?</source>
        <translation>A répondu ?</translation>
    </message>
    <message>
        <source>Score ≥ %1?</source>
        <translation>Score ≥ %1 ?</translation>
    </message>
    <message>
        <source>Stage is %1?</source>
        <translation>Étape du cycle de vie = %1 ?</translation>
    </message>
    <message>
        <source>%1?</source>
        <translation>%1 ?</translation>
    </message>
    <message>
        <source>Add %1 points</source>
        <translation>Ajouter %1 points</translation>
    </message>
    <message>
        <source>Remove %1 points</source>
        <translation>Retirer %1 points</translation>
    </message>
    <message>
        <source>Set stage to %1</source>
        <translation>Passer à l&apos;étape %1</translation>
    </message>
    <message>
        <source>Assign to %1</source>
        <translation>Attribuer à %1</translation>
    </message>
    <message>
        <source>rep #%1</source>
        <translation>commercial n° %1</translation>
    </message>
    <message>
        <source>Assign a rep by the routing rules</source>
        <translation>Attribuer un commercial selon les règles d&apos;attribution</translation>
    </message>
    <message>
        <source>Task: %1</source>
        <translation>Tâche : %1</translation>
    </message>
    <message>
        <source>The sequence needs a name.</source>
        <translation>La séquence doit avoir un nom.</translation>
    </message>
    <message>
        <source>The sequence has no step.</source>
        <translation>La séquence n&apos;a aucune étape.</translation>
    </message>
    <message>
        <source>The first step (#%1) does not exist.</source>
        <translation>La première étape (n° %1) n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 goes to step #%2, which does not exist.</source>
        <translation>%1 mène à l&apos;étape n° %2, qui n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The &quot;yes&quot; branch</source>
        <translation>La branche « oui »</translation>
    </message>
    <message>
        <source>The &quot;no&quot; branch</source>
        <translation>La branche « non »</translation>
    </message>
    <message>
        <source>Dead end: both branches of this condition end the sequence.</source>
        <translation>Impasse : les deux branches de cette condition terminent la séquence.</translation>
    </message>
    <message>
        <source>This step</source>
        <translation>Cette étape</translation>
    </message>
    <message>
        <source>This e-mail step has no template.</source>
        <translation>Cette étape d&apos;e-mail n&apos;a pas de modèle.</translation>
    </message>
    <message>
        <source>The template of this e-mail step was deleted.</source>
        <translation>Le modèle de cette étape d&apos;e-mail a été supprimé.</translation>
    </message>
    <message>
        <source>A wait must last at least 1.</source>
        <translation>Une attente doit durer au moins 1.</translation>
    </message>
    <message>
        <source>A wait cannot last more than a year.</source>
        <translation>Une attente ne peut pas durer plus d&apos;un an.</translation>
    </message>
    <message>
        <source>Dead end: nothing comes after this wait.</source>
        <translation>Impasse : rien ne suit cette attente.</translation>
    </message>
    <message>
        <source>Adding 0 points does nothing.</source>
        <translation>Ajouter 0 point ne fait rien.</translation>
    </message>
    <message>
        <source>The task needs a title.</source>
        <translation>La tâche doit avoir un titre.</translation>
    </message>
    <message>
        <source>The task cannot be due in the past.</source>
        <translation>L&apos;échéance de la tâche ne peut pas être dans le passé.</translation>
    </message>
    <message>
        <source>The rep of this step no longer exists.</source>
        <translation>Le commercial de cette étape n&apos;existe plus.</translation>
    </message>
    <message>
        <source>A lead cannot be moved back to Subscriber.</source>
        <translation>Un lead ne peut pas revenir à l&apos;étape Abonné.</translation>
    </message>
    <message>
        <source>Dead end: no path from the first step leads here.</source>
        <translation>Impasse : aucun chemin ne mène ici depuis la première étape.</translation>
    </message>
    <message>
        <source>This step is in a loop without a wait: the lead would go round it at once, forever.</source>
        <translation>Cette étape est dans une boucle sans attente : le lead la parcourrait immédiatement, indéfiniment.</translation>
    </message>
</context>
<context>
    <name>Nurture::SmtpMailer</name>
    <message>
        <source>libcurl could not start.</source>
        <translation>libcurl n&apos;a pas pu démarrer.</translation>
    </message>
    <message>
        <source>SMTP server %1:%2</source>
        <translation>Serveur SMTP %1:%2</translation>
    </message>
    <message>
        <source>%1 refused the login of &quot;%2&quot; (%3): check the user name and the password in the sending settings.</source>
        <translation>%1 a refusé la connexion de « %2 » (%3) : vérifiez le nom d&apos;utilisateur et le mot de passe dans les paramètres d&apos;envoi.</translation>
    </message>
    <message>
        <source>%1: a secure connection could not be made (%2). Nothing is sent over an unverified connection.</source>
        <translation>%1 : impossible d&apos;établir une connexion sécurisée (%2). Rien n&apos;est envoyé sur une connexion non vérifiée.</translation>
    </message>
    <message>
        <source>The e-mail was not sent: the send log could not record it (the workspace is busy); it will be tried again.</source>
        <translation>L&apos;e-mail n&apos;a pas été envoyé : le journal d&apos;envoi n&apos;a pas pu l&apos;enregistrer (l&apos;espace de travail est occupé) ; il sera réessayé.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 requires a login (530): set the user name in the sending settings and the password in the keychain.</source>
        <translation>%1 exige une authentification (530) : indiquez le nom d&apos;utilisateur dans les paramètres d&apos;envoi et le mot de passe dans le trousseau.</translation>
    </message>
    <message>
        <source>%1 refused the message for good (%2, after %3).</source>
        <translation>%1 a refusé définitivement le message (%2, après %3).</translation>
    </message>
    <message>
        <source>%1 refused the sender (%2, after %3): check the sender address.</source>
        <translation>%1 a refusé l&apos;expéditeur (%2, après %3) : vérifiez l&apos;adresse de l&apos;expéditeur.</translation>
    </message>
    <message>
        <source>%1: %2 (reply %3); it will be tried again.</source>
        <translation>%1 : %2 (réponse %3) ; il sera réessayé.</translation>
    </message>
</context>
<context>
    <name>Nurture::TemplateRenderer</name>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Secteur d&apos;activité</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Lead magnet</source>
        <translation>Lead magnet</translation>
    </message>
    <message>
        <source>Owner&apos;s name</source>
        <translation>Nom du propriétaire</translation>
    </message>
    <message>
        <source>Owner&apos;s e-mail</source>
        <translation>E-mail du propriétaire</translation>
    </message>
    <message>
        <source>Sender&apos;s name</source>
        <translation>Nom de l&apos;expéditeur</translation>
    </message>
    <message>
        <source>Sender&apos;s postal address</source>
        <translation>Adresse postale de l&apos;expéditeur</translation>
    </message>
    <message>
        <source>Unsubscribe link</source>
        <translation>Lien de désinscription</translation>
    </message>
    <message>
        <source>&quot;{{&quot; is not closed by &quot;}}&quot;</source>
        <translation>« {{ » n&apos;est pas fermé par « }} »</translation>
    </message>
    <message>
        <source>unknown merge field {{%1}} (known: %2)</source>
        <translation>champ de fusion inconnu {{%1}} (connus : %2)</translation>
    </message>
    <message>
        <source>You receive this e-mail from {{sender_name}} because you agreed to hear from us.
To stop receiving these e-mails, unsubscribe here: {{unsubscribe_url}}
{{sender_address}}</source>
        <translation>Vous recevez cet e-mail de {{sender_name}} car vous avez accepté de recevoir nos communications.
Pour ne plus recevoir ces e-mails, désabonnez-vous ici : {{unsubscribe_url}}
{{sender_address}}</translation>
    </message>
    <message>
        <source>the template needs a name</source>
        <translation>le modèle doit avoir un nom</translation>
    </message>
    <message>
        <source>the subject is empty</source>
        <translation>l&apos;objet est vide</translation>
    </message>
    <message>
        <source>the plain-text body is empty (every e-mail has one, for the readers who do not show HTML)</source>
        <translation>le corps en texte brut est vide (chaque e-mail en a un, pour les messageries qui n&apos;affichent pas le HTML)</translation>
    </message>
    <message>
        <source>Unsubscribe: {{unsubscribe_url}}</source>
        <translation>Se désabonner : {{unsubscribe_url}}</translation>
    </message>
</context>
<context>
    <name>NurtureCommands</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
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
        Les séquences de nurturing avec leur statut et leurs inscriptions (en cours, terminées,
        sorties).
  nurture show SEQUENCE [--json]
        Les étapes d&apos;une séquence, ce qui l&apos;empêche de s&apos;exécuter, et ses statistiques par étape.
  nurture sequence-set FILE [--activate]
        Crée ou remplace (par nom) une séquence à partir d&apos;un fichier JSON : name, steps (id, type
        email|wait|condition|action, template par nom, next / yes / no), entry, exits. --activate
        la démarre (refusé, avec l&apos;étape et le problème, si elle n&apos;est pas valide).
  nurture activate SEQUENCE | nurture pause SEQUENCE
  nurture template-set NAME --subject S --text FILE [--html FILE]
        Crée ou remplace un modèle d&apos;e-mail. Champs de fusion : {{first_name}}, {{company}},
        {{owner_name}}, ... avec valeurs de repli {{first_name|à vous}}. Le pied de page de
        désinscription est toujours ajouté.
  nurture preview TEMPLATE --lead ID
        Le modèle rendu pour ce lead (objet, texte, HTML).
  nurture enrol SEQUENCE (--lead ID[,ID...] | --segment NAME)
        Inscrit des leads à la main ou un segment enregistré (les leads déjà inscrits restent
        où ils en sont).
  nurture run [--dry-run [--days N]] [--json]
        Envoie les e-mails dus par SMTP et exécute les étapes dues (en respectant le
        consentement, les désinscriptions, le plafond de fréquence et les heures de silence ;
        un plantage n&apos;envoie jamais un e-mail deux fois).
        --dry-run : ce qui serait envoyé dans les N prochains jours (14 par défaut), à qui et
        quand, sans rien envoyer ni modifier.
  nurture stats SEQUENCE [--json]
        Par étape d&apos;e-mail : envoyés, ouverts, cliqués, réponses, convertis, rebonds.
  nurture settings [--json] | nurture settings --set FILE
        Le serveur SMTP, l&apos;expéditeur, les cibles de désinscription, le plafond et les heures
        de silence (JSON).
  nurture password
        Lit le mot de passe SMTP sur l&apos;entrée standard et l&apos;enregistre dans le trousseau du
        système.
  nurture unsubscribe TOKEN
        Désabonne le lead correspondant au jeton d&apos;un lien de désinscription.
</translation>
    </message>
    <message>
        <source>leadbench-cli: %1</source>
        <translation>leadbench-cli : %1</translation>
    </message>
    <message>
        <source>Run &quot;leadbench-cli --help&quot; for the commands.</source>
        <translation>Lancez &quot;leadbench-cli --help&quot; pour la liste des commandes.</translation>
    </message>
    <message>
        <source>nurture needs a command: list, show, enrol, run, stats, ...</source>
        <translation>nurture attend une commande : list, show, enrol, run, stats, ...</translation>
    </message>
    <message>
        <source>unknown nurture command &quot;%1&quot;</source>
        <translation>commande nurture inconnue &quot;%1&quot;</translation>
    </message>
    <message>
        <source>JSON output.</source>
        <translation>Sortie JSON.</translation>
    </message>
    <message numerus="yes">
        <source>%1  [%2]  %n step(s), active %3, completed %4, exited %5</source>
        <translation>
            <numerusform>%1  [%2]  %n étape, en cours %3, terminés %4, sortis %5</numerusform>
            <numerusform>%1  [%2]  %n étapes, en cours %3, terminés %4, sortis %5</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  (%n problem(s))</source>
        <translation>
            <numerusform>  (%n problème)</numerusform>
            <numerusform>  (%n problèmes)</numerusform>
        </translation>
    </message>
    <message>
        <source>The sequence&apos;s name.</source>
        <translation>Le nom de la séquence.</translation>
    </message>
    <message>
        <source>nurture show needs one sequence name</source>
        <translation>nurture show attend un nom de séquence</translation>
    </message>
    <message>
        <source>there is no sequence named &quot;%1&quot;</source>
        <translation>aucune séquence nommée &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <source>  yes -&gt; %1, no -&gt; %2</source>
        <translation>  oui -&gt; %1, non -&gt; %2</translation>
    </message>
    <message>
        <source>end</source>
        <translation>fin</translation>
    </message>
    <message>
        <source>Problem, step #%1: %2</source>
        <translation>Problème, étape n° %1 : %2</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problème : %1</translation>
    </message>
    <message>
        <source>Lead ids.</source>
        <translation>Identifiants de leads.</translation>
    </message>
    <message>
        <source>A saved segment.</source>
        <translation>Un segment enregistré.</translation>
    </message>
    <message>
        <source>nurture enrol needs one sequence name</source>
        <translation>nurture enrol attend un nom de séquence</translation>
    </message>
    <message>
        <source>nurture enrol needs either --lead or --segment</source>
        <translation>nurture enrol attend --lead ou --segment</translation>
    </message>
    <message>
        <source>--lead: &quot;%1&quot; is not a lead id</source>
        <translation>--lead : &quot;%1&quot; n&apos;est pas un identifiant de lead</translation>
    </message>
    <message>
        <source>there is no segment named &quot;%1&quot;</source>
        <translation>aucun segment nommé &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) enrolled in &quot;%1&quot;.</source>
        <translation>
            <numerusform>%n lead inscrit dans &quot;%1&quot;.</numerusform>
            <numerusform>%n leads inscrits dans &quot;%1&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only say what would be sent.</source>
        <translation>Indiquer seulement ce qui serait envoyé.</translation>
    </message>
    <message>
        <source>Dry run: days ahead.</source>
        <translation>Simulation : nombre de jours à venir.</translation>
    </message>
    <message>
        <source>--days: &quot;%1&quot; is not a number of days from 0 to 366</source>
        <translation>--days : &quot;%1&quot; n&apos;est pas un nombre de jours de 0 à 366</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n e-mail(s) would be sent.</source>
        <translation>
            <numerusform>Simulation : %n e-mail serait envoyé.</numerusform>
            <numerusform>Simulation : %n e-mails seraient envoyés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail(s) sent.</source>
        <translation>
            <numerusform>%n e-mail envoyé.</numerusform>
            <numerusform>%n e-mails envoyés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retried %1, failed %2, bounced %3, exited %4, completed %5; held by the cap %6, by quiet hours %7.</source>
        <translation>Réessayés %1, échecs %2, rebonds %3, sortis %4, terminés %5 ; retenus par le plafond %6, par les heures de silence %7.</translation>
    </message>
    <message>
        <source>nurture stats needs one sequence name</source>
        <translation>nurture stats attend un nom de séquence</translation>
    </message>
    <message>
        <source>#%1 %2: sent %3, opened %4, clicked %5, replied %6, converted %7, bounced %8, waiting %9</source>
        <translation>n° %1 %2 : envoyés %3, ouverts %4, cliqués %5, réponses %6, convertis %7, rebonds %8, en attente %9</translation>
    </message>
    <message>
        <source>#%1 %2: waiting %3</source>
        <translation>n° %1 %2 : en attente %3</translation>
    </message>
    <message>
        <source>Subject.</source>
        <translation>Objet.</translation>
    </message>
    <message>
        <source>Plain-text body file.</source>
        <translation>Fichier du corps en texte brut.</translation>
    </message>
    <message>
        <source>HTML body file.</source>
        <translation>Fichier du corps HTML.</translation>
    </message>
    <message>
        <source>nurture template-set needs NAME, --subject and --text</source>
        <translation>nurture template-set attend NAME, --subject et --text</translation>
    </message>
    <message>
        <source>Template &quot;%1&quot; saved.</source>
        <translation>Modèle &quot;%1&quot; enregistré.</translation>
    </message>
    <message>
        <source>Start it.</source>
        <translation>L&apos;activer.</translation>
    </message>
    <message>
        <source>nurture sequence-set needs one FILE</source>
        <translation>nurture sequence-set attend un fichier (FILE)</translation>
    </message>
    <message>
        <source>%1, offset %2: %3</source>
        <translation>%1, position %2 : %3</translation>
    </message>
    <message>
        <source>Sequence &quot;%1&quot; saved (%2).</source>
        <translation>Séquence &quot;%1&quot; enregistrée (%2).</translation>
    </message>
    <message>
        <source>nurture %1 needs one sequence name</source>
        <translation>nurture %1 attend un nom de séquence</translation>
    </message>
    <message>
        <source>Sequence &quot;%1&quot; is %2.</source>
        <translation>La séquence &quot;%1&quot; est %2.</translation>
    </message>
    <message>
        <source>Settings file.</source>
        <translation>Fichier de paramètres.</translation>
    </message>
    <message>
        <source>Sending settings saved.</source>
        <translation>Paramètres d&apos;envoi enregistrés.</translation>
    </message>
    <message>
        <source>nurture password takes no arguments (the password comes on standard input)</source>
        <translation>nurture password ne prend aucun argument (le mot de passe est lu sur l&apos;entrée standard)</translation>
    </message>
    <message>
        <source>SMTP password removed from the keychain.</source>
        <translation>Mot de passe SMTP retiré du trousseau.</translation>
    </message>
    <message>
        <source>SMTP password stored in the keychain.</source>
        <translation>Mot de passe SMTP enregistré dans le trousseau.</translation>
    </message>
    <message>
        <source>nurture unsubscribe needs one TOKEN</source>
        <translation>nurture unsubscribe attend un jeton (TOKEN)</translation>
    </message>
    <message>
        <source>no lead has the unsubscribe token &quot;%1&quot;</source>
        <translation>aucun lead n&apos;a le jeton de désinscription &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Unsubscribed.</source>
        <translation>Désabonné.</translation>
    </message>
    <message>
        <source>Lead id.</source>
        <translation>Identifiant du lead.</translation>
    </message>
    <message>
        <source>nurture preview needs TEMPLATE and --lead ID</source>
        <translation>nurture preview attend TEMPLATE et --lead ID</translation>
    </message>
    <message>
        <source>there is no template named &quot;%1&quot;</source>
        <translation>aucun modèle nommé &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Objet : %1</translation>
    </message>
</context>
<context>
    <name>NurturePage</name>
    <message>
        <source>Sequences</source>
        <translation>Séquences</translation>
    </message>
    <message>
        <source>Nurture sequences</source>
        <translation>Séquences de nurturing</translation>
    </message>
    <message>
        <source>&amp;New sequence</source>
        <translation>&amp;Nouvelle séquence</translation>
    </message>
    <message>
        <source>Delete sequence</source>
        <translation>Supprimer la séquence</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>Enrolments</source>
        <translation>Inscriptions</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <source>Delete the sequence &quot;%1&quot; with its enrolments and send log?</source>
        <translation>Supprimer la séquence « %1 » avec ses inscriptions et son journal d&apos;envoi ?</translation>
    </message>
    <message>
        <source>Sequence name</source>
        <translation>Nom de la séquence</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>replied</source>
        <translation>réponse</translation>
    </message>
    <message>
        <source>became SQL or customer</source>
        <translation>passage en SQL ou client</translation>
    </message>
    <message>
        <source>unsubscribed</source>
        <translation>désinscription</translation>
    </message>
    <message>
        <source>bounced</source>
        <translation>rebond</translation>
    </message>
    <message>
        <source>disqualified</source>
        <translation>disqualification</translation>
    </message>
    <message>
        <source>Exit when %1</source>
        <translation>Sortir en cas de %1</translation>
    </message>
    <message>
        <source>Leave when:</source>
        <translation>Sortir en cas de :</translation>
    </message>
    <message>
        <source>Enrol the leads of a segment automatically</source>
        <translation>Inscrire automatiquement les leads d&apos;un segment</translation>
    </message>
    <message>
        <source>Leads that BANT sends to Nurturing</source>
        <translation>Leads que la qualification BANT passe en nurturing</translation>
    </message>
    <message>
        <source>Enrol automatically:</source>
        <translation>Inscription automatique :</translation>
    </message>
    <message>
        <source>+ E-mail</source>
        <translation>+ E-mail</translation>
    </message>
    <message>
        <source>+ Wait</source>
        <translation>+ Attente</translation>
    </message>
    <message>
        <source>+ Condition</source>
        <translation>+ Condition</translation>
    </message>
    <message>
        <source>+ Action</source>
        <translation>+ Action</translation>
    </message>
    <message>
        <source>Add a step after the selected one</source>
        <translation>Ajouter une étape après celle sélectionnée</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Supprimer l&apos;étape</translation>
    </message>
    <message>
        <source>Make it the start</source>
        <translation>Définir comme début</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Sequence flow</source>
        <translation>Flux de la séquence</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Problèmes :</translation>
    </message>
    <message>
        <source>Problems of the sequence</source>
        <translation>Problèmes de la séquence</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save and &amp;activate</source>
        <translation>Enregistrer et &amp;activer</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>Mettre en &amp;pause</translation>
    </message>
    <message>
        <source>Change step #%1</source>
        <translation>Modifier l&apos;étape n° %1</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Change when leads enter or leave</source>
        <translation>Modifier l&apos;entrée et la sortie des leads</translation>
    </message>
    <message>
        <source>Segment to enrol</source>
        <translation>Segment à inscrire</translation>
    </message>
    <message>
        <source>Enrol the segment</source>
        <translation>Inscrire le segment</translation>
    </message>
    <message>
        <source>Lead numbers to enrol</source>
        <translation>Numéros des leads à inscrire</translation>
    </message>
    <message>
        <source>Lead numbers, e.g. 12, 15</source>
        <translation>Numéros de leads, p. ex. 12, 15</translation>
    </message>
    <message>
        <source>Enrol these leads</source>
        <translation>Inscrire ces leads</translation>
    </message>
    <message>
        <source>Take out of the sequence</source>
        <translation>Retirer de la séquence</translation>
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
        <translation>État</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Étape suivante</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Why it ended</source>
        <translation>Motif de fin</translation>
    </message>
    <message>
        <source>Per e-mail step: opens, clicks and replies come from the leads&apos; activities between the e-mail and the next one (30 days at most); converted: reached SQL or beyond after it.</source>
        <translation>Par étape d&apos;e-mail : les ouvertures, clics et réponses proviennent des activités des leads entre cet e-mail et le suivant (30 jours au plus) ; convertis : leads passés en SQL ou au-delà ensuite.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyés</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ouverts</translation>
    </message>
    <message>
        <source>Clicked</source>
        <translation>Cliqués</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Convertis</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>Rebonds</translation>
    </message>
    <message>
        <source>Waiting here</source>
        <translation>En attente ici</translation>
    </message>
    <message>
        <source>E-mail templates</source>
        <translation>Modèles d&apos;e-mail</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Nouveau modèle</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>Supprimer le modèle</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>Nom du modèle</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>No&amp;m :</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>&amp;Objet :</translation>
    </message>
    <message>
        <source>Insert a merge field</source>
        <translation>Insérer un champ de fusion</translation>
    </message>
    <message>
        <source>Insert a merge field…</source>
        <translation>Insérer un champ de fusion…</translation>
    </message>
    <message>
        <source>Plain-text body</source>
        <translation>Corps en texte brut</translation>
    </message>
    <message>
        <source>Hello {{first_name|there}},
…</source>
        <translation>Bonjour {{first_name|à vous}},
…</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texte :</translation>
    </message>
    <message>
        <source>HTML body (optional)</source>
        <translation>Corps HTML (facultatif)</translation>
    </message>
    <message>
        <source>Optional simple HTML, e.g. &lt;p&gt;Hello &lt;b&gt;{{first_name}}&lt;/b&gt;&lt;/p&gt;</source>
        <translation>HTML simple facultatif, p. ex. &lt;p&gt;Bonjour &lt;b&gt;{{first_name}}&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;HTML:</source>
        <translation>&amp;HTML :</translation>
    </message>
    <message>
        <source>The unsubscribe footer (Sending tab) is added to every e-mail and cannot be removed.</source>
        <translation>Le pied de page de désinscription (onglet Envoi) est ajouté à chaque e-mail et ne peut pas être retiré.</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>Enregistrer le modèle</translation>
    </message>
    <message>
        <source>Preview for lead #</source>
        <translation>Aperçu pour le lead n° </translation>
    </message>
    <message>
        <source>Lead to preview for</source>
        <translation>Lead pour l&apos;aperçu</translation>
    </message>
    <message>
        <source>Sending settings</source>
        <translation>Paramètres d&apos;envoi</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation>Serveur SMTP</translation>
    </message>
    <message>
        <source>SMTP port</source>
        <translation>Port SMTP</translation>
    </message>
    <message>
        <source>SMTP server:</source>
        <translation>Serveur SMTP :</translation>
    </message>
    <message>
        <source>Connection security</source>
        <translation>Sécurité de la connexion</translation>
    </message>
    <message>
        <source>Se&amp;curity:</source>
        <translation>&amp;Sécurité :</translation>
    </message>
    <message>
        <source>SMTP user name</source>
        <translation>Nom d&apos;utilisateur SMTP</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d&apos;&amp;utilisateur :</translation>
    </message>
    <message>
        <source>SMTP password</source>
        <translation>Mot de passe SMTP</translation>
    </message>
    <message>
        <source>Kept in the system keychain; leave empty to keep the stored one</source>
        <translation>Conservé dans le trousseau du système ; laissez vide pour garder celui enregistré</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <source>Trusted certificate file</source>
        <translation>Fichier de certificat de confiance</translation>
    </message>
    <message>
        <source>Optional: a PEM file to trust for this server</source>
        <translation>Facultatif : un fichier PEM de confiance pour ce serveur</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Certificat :</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Adresse de l&apos;expéditeur</translation>
    </message>
    <message>
        <source>&amp;From address:</source>
        <translation>Adresse d&apos;&amp;expédition :</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>Nom de l&apos;expéditeur</translation>
    </message>
    <message>
        <source>From &amp;name:</source>
        <translation>&amp;Nom d&apos;expéditeur :</translation>
    </message>
    <message>
        <source>Reply-to address</source>
        <translation>Adresse de réponse</translation>
    </message>
    <message>
        <source>Reply-to:</source>
        <translation>Répondre à :</translation>
    </message>
    <message>
        <source>Unsubscribe mailbox</source>
        <translation>Adresse de désinscription</translation>
    </message>
    <message>
        <source>Unsubscribe mailbox:</source>
        <translation>Adresse de désinscription :</translation>
    </message>
    <message>
        <source>Unsubscribe page</source>
        <translation>Page de désinscription</translation>
    </message>
    <message>
        <source>Unsubscribe page:</source>
        <translation>Page de désinscription :</translation>
    </message>
    <message>
        <source>Sender&apos;s postal address</source>
        <translation>Adresse postale de l&apos;expéditeur</translation>
    </message>
    <message>
        <source>Postal address:</source>
        <translation>Adresse postale :</translation>
    </message>
    <message>
        <source>Footer wording</source>
        <translation>Texte du pied de page</translation>
    </message>
    <message>
        <source>Footer:</source>
        <translation>Pied de page :</translation>
    </message>
    <message>
        <source>Most e-mails per lead</source>
        <translation>Nombre max. d&apos;e-mails par lead</translation>
    </message>
    <message>
        <source>In days</source>
        <translation>En jours</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>au plus</translation>
    </message>
    <message>
        <source>e-mails per lead in</source>
        <translation>e-mails par lead en</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>Frequency cap:</source>
        <translation>Plafond de fréquence :</translation>
    </message>
    <message>
        <source>No e-mail from</source>
        <translation>Aucun e-mail de</translation>
    </message>
    <message>
        <source>Quiet hours from</source>
        <translation>Début des heures de silence</translation>
    </message>
    <message>
        <source>Quiet hours to</source>
        <translation>Fin des heures de silence</translation>
    </message>
    <message>
        <source>nor at weekends</source>
        <translation>ni le week-end</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Quiet hours:</source>
        <translation>Heures de silence :</translation>
    </message>
    <message>
        <source>Send what is due every 5 minutes while Leadbench is open</source>
        <translation>Envoyer les e-mails dus toutes les 5 minutes tant que Leadbench est ouvert</translation>
    </message>
    <message>
        <source>Save sending settings</source>
        <translation>Enregistrer les paramètres d&apos;envoi</translation>
    </message>
    <message>
        <source>&amp;Dry run (next 14 days)</source>
        <translation>Si&amp;mulation (14 prochains jours)</translation>
    </message>
    <message>
        <source>Send due e-mails &amp;now</source>
        <translation>Envoyer maintenant les e-mails &amp;dus</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Séquence</translation>
    </message>
    <message>
        <source>No segment</source>
        <translation>Aucun segment</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Unsaved sequence</source>
        <translation>Séquence non enregistrée</translation>
    </message>
    <message>
        <source>Discard the changes to &quot;%1&quot;?</source>
        <translation>Abandonner les modifications de « %1 » ?</translation>
    </message>
    <message>
        <source>New sequence</source>
        <translation>Nouvelle séquence</translation>
    </message>
    <message>
        <source>New sequence %1</source>
        <translation>Nouvelle séquence %1</translation>
    </message>
    <message>
        <source> · not saved</source>
        <translation> · non enregistrée</translation>
    </message>
    <message>
        <source>Step #%1: %2</source>
        <translation>Étape n° %1 : %2</translation>
    </message>
    <message>
        <source>No problem: the sequence can run.</source>
        <translation>Aucun problème : la séquence peut s&apos;exécuter.</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Relance</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Ajout : %1</translation>
    </message>
    <message>
        <source>Remove step #%1</source>
        <translation>Supprimer l&apos;étape n° %1</translation>
    </message>
    <message>
        <source>Start at step #%1</source>
        <translation>Commencer à l&apos;étape n° %1</translation>
    </message>
    <message>
        <source>Save sequence</source>
        <translation>Enregistrer la séquence</translation>
    </message>
    <message>
        <source>Sequence &quot;%1&quot; saved.</source>
        <translation>Séquence « %1 » enregistrée.</translation>
    </message>
    <message>
        <source>Activate sequence</source>
        <translation>Activer la séquence</translation>
    </message>
    <message>
        <source>Sequence &quot;%1&quot; is active.</source>
        <translation>La séquence « %1 » est active.</translation>
    </message>
    <message>
        <source>Pause sequence</source>
        <translation>Mettre la séquence en pause</translation>
    </message>
    <message>
        <source>Active %1 · completed %2 · exited %3</source>
        <translation>En cours %1 · terminés %2 · sortis %3</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>n° %1 %2</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>Inscrire</translation>
    </message>
    <message>
        <source>Save the sequence first.</source>
        <translation>Enregistrez d&apos;abord la séquence.</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) enrolled.</source>
        <translation>
            <numerusform>%n lead inscrit.</numerusform>
            <numerusform>%n leads inscrits.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a lead number.</source>
        <translation>« %1 » n&apos;est pas un numéro de lead.</translation>
    </message>
    <message>
        <source>Add to nurture sequence</source>
        <translation>Ajouter à une séquence de nurturing</translation>
    </message>
    <message>
        <source>There is no nurture sequence yet: make one on the Nurture page.</source>
        <translation>Il n&apos;y a encore aucune séquence de nurturing : créez-en une sur la page Nurturing.</translation>
    </message>
    <message numerus="yes">
        <source>Enrol %n lead(s) in:</source>
        <translation>
            <numerusform>Inscrire %n lead dans :</numerusform>
            <numerusform>Inscrire %n leads dans :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) enrolled; %1 were already in it.</source>
        <translation>
            <numerusform>%n lead inscrit ; %1 y étaient déjà.</numerusform>
            <numerusform>%n leads inscrits ; %1 y étaient déjà.</numerusform>
        </translation>
    </message>
    <message>
        <source>Template &quot;%1&quot; saved.</source>
        <translation>Modèle « %1 » enregistré.</translation>
    </message>
    <message>
        <source>Delete the template &quot;%1&quot;?</source>
        <translation>Supprimer le modèle « %1 » ?</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, ligne %2 : %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Choose a lead number to see the e-mail as that lead will get it.</source>
        <translation>Choisissez un numéro de lead pour voir l&apos;e-mail tel que ce lead le recevra.</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Objet : %1</translation>
    </message>
    <message>
        <source>Ready to send.</source>
        <translation>Prêt à envoyer.</translation>
    </message>
    <message>
        <source>Sending settings saved.</source>
        <translation>Paramètres d&apos;envoi enregistrés.</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Simulation</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n e-mail(s) in the next 14 days; nothing was sent or changed.</source>
        <translation>
            <numerusform>Simulation : %n e-mail dans les 14 prochains jours ; rien n&apos;a été envoyé ni modifié.</numerusform>
            <numerusform>Simulation : %n e-mails dans les 14 prochains jours ; rien n&apos;a été envoyé ni modifié.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Envoyer maintenant</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Nurture e-mails: %1</source>
        <translation>E-mails de nurturing : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail(s) sent.</source>
        <translation>
            <numerusform>%n e-mail envoyé.</numerusform>
            <numerusform>%n e-mails envoyés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retried %1, failed %2, bounced %3, exited %4, completed %5; held by the cap %6, by quiet hours %7.</source>
        <translation>Réessayés %1, échecs %2, rebonds %3, sortis %4, terminés %5 ; retenus par le plafond %6, par les heures de silence %7.</translation>
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
        <translation>&amp;Modifier les étapes…</translation>
    </message>
    <message>
        <source>&amp;New pipeline…</source>
        <translation>&amp;Nouveau pipeline…</translation>
    </message>
    <message>
        <source>&amp;Delete pipeline…</source>
        <translation>&amp;Supprimer le pipeline…</translation>
    </message>
    <message>
        <source>New deal…</source>
        <translation>Nouvelle affaire…</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Search title, company or name</source>
        <translation>Rechercher titre, entreprise ou nom</translation>
    </message>
    <message>
        <source>Closing between</source>
        <translation>Clôture entre</translation>
    </message>
    <message>
        <source>Close date from</source>
        <translation>Date de clôture à partir du</translation>
    </message>
    <message>
        <source>Close date to</source>
        <translation>Date de clôture jusqu&apos;au</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Propriétaire :</translation>
    </message>
    <message>
        <source>&amp;Deals</source>
        <translation>&amp;Affaires</translation>
    </message>
    <message>
        <source>L&amp;eads</source>
        <translation>L&amp;eads</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Non attribué</translation>
    </message>
    <message>
        <source>New pipeline</source>
        <translation>Nouveau pipeline</translation>
    </message>
    <message>
        <source>Name of the pipeline (it starts with the usual stages):</source>
        <translation>Nom du pipeline (il commence avec les étapes habituelles) :</translation>
    </message>
    <message>
        <source>Pipeline settings</source>
        <translation>Paramètres du pipeline</translation>
    </message>
    <message>
        <source>Saved the pipeline %1.</source>
        <translation>Pipeline %1 enregistré.</translation>
    </message>
    <message>
        <source>Delete pipeline</source>
        <translation>Supprimer le pipeline</translation>
    </message>
    <message>
        <source>Delete the pipeline %1 and its stages?</source>
        <translation>Supprimer le pipeline %1 et ses étapes ?</translation>
    </message>
    <message>
        <source>Deleted the pipeline %1.</source>
        <translation>Pipeline %1 supprimé.</translation>
    </message>
</context>
<context>
    <name>PipelineRepository</name>
    <message>
        <source>Pipeline #%1 does not exist (it may have been deleted).</source>
        <translation>Le pipeline n° %1 n&apos;existe pas (il a peut-être été supprimé).</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Qualifiée</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Démo</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposition</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>Négociation</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gagnée</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdue</translation>
    </message>
    <message>
        <source>A pipeline needs a name.</source>
        <translation>Un pipeline doit avoir un nom.</translation>
    </message>
    <message>
        <source>There is already a pipeline named &quot;%1&quot;.</source>
        <translation>Il existe déjà un pipeline nommé « %1 ».</translation>
    </message>
    <message>
        <source>Stage %1 of &quot;%2&quot; has no name.</source>
        <translation>L&apos;étape %1 de « %2 » n&apos;a pas de nom.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has two stages named &quot;%2&quot;.</source>
        <translation>« %1 » a deux étapes nommées « %2 ».</translation>
    </message>
    <message>
        <source>Stage &quot;%1&quot;: the probability must be between 0 and 100%.</source>
        <translation>Étape « %1 » : la probabilité doit être comprise entre 0 et 100 %.</translation>
    </message>
    <message>
        <source>Stage &quot;%1&quot;: deals rot after 0 (never) to 3650 days.</source>
        <translation>Étape « %1 » : les affaires stagnent après 0 (jamais) à 3650 jours.</translation>
    </message>
    <message>
        <source>Stage &quot;%1&quot; does not belong to this pipeline.</source>
        <translation>L&apos;étape « %1 » n&apos;appartient pas à ce pipeline.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs at least one open stage.</source>
        <translation>« %1 » doit avoir au moins une étape ouverte.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs exactly one Won stage and one Lost stage.</source>
        <translation>« %1 » doit avoir exactement une étape Gagnée et une étape Perdue.</translation>
    </message>
    <message numerus="yes">
        <source>Stage &quot;%1&quot; holds %n deal(s): move them to another stage before deleting it.</source>
        <translation>
            <numerusform>L&apos;étape « %1 » contient %n affaire : déplacez-la vers une autre étape avant de supprimer celle-ci.</numerusform>
            <numerusform>L&apos;étape « %1 » contient %n affaires : déplacez-les vers une autre étape avant de supprimer celle-ci.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stage &quot;%1&quot; holds %n deal(s): its kind (open, won, lost) cannot change while it does.</source>
        <translation>
            <numerusform>L&apos;étape « %1 » contient %n affaire : son type (ouverte, gagnée, perdue) ne peut pas changer tant que c&apos;est le cas.</numerusform>
            <numerusform>L&apos;étape « %1 » contient %n affaires : son type (ouverte, gagnée, perdue) ne peut pas changer tant que c&apos;est le cas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; holds %n deal(s): move or delete them before deleting the pipeline.</source>
        <translation>
            <numerusform>« %1 » contient %n affaire : déplacez-la ou supprimez-la avant de supprimer le pipeline.</numerusform>
            <numerusform>« %1 » contient %n affaires : déplacez-les ou supprimez-les avant de supprimer le pipeline.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventes</translation>
    </message>
</context>
<context>
    <name>PipelineSettingsDialog</name>
    <message>
        <source>Pipeline settings</source>
        <translation>Paramètres du pipeline</translation>
    </message>
    <message>
        <source>Pipeline name</source>
        <translation>Nom du pipeline</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Probabilité</translation>
    </message>
    <message>
        <source>Rots after</source>
        <translation>Stagne après</translation>
    </message>
    <message>
        <source>Deals move from left to right. A pipeline has one Won and one Lost stage; a stage that holds deals cannot be removed.</source>
        <translation>Les affaires avancent de gauche à droite. Un pipeline a une étape Gagnée et une étape Perdue ; une étape qui contient des affaires ne peut pas être retirée.</translation>
    </message>
    <message>
        <source>&amp;Add stage</source>
        <translation>&amp;Ajouter une étape</translation>
    </message>
    <message>
        <source>&amp;Remove stage</source>
        <translation>&amp;Retirer l&apos;étape</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>Kind of stage</source>
        <translation>Type d&apos;étape</translation>
    </message>
    <message>
        <source>Default probability</source>
        <translation>Probabilité par défaut</translation>
    </message>
    <message>
        <source>Days after which deals rot</source>
        <translation>Jours après lesquels les affaires stagnent</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Nouvelle étape</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>Tout &amp;sélectionner</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>&amp;Augmenter</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>&amp;Diminuer</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Option inconnue &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation>Options inconnues : %1.</translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>Valeur manquante après &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>Valeur inattendue après &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[options]</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Utilisation : %1</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options :</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Arguments :</translation>
    </message>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Affiche l&apos;aide sur les options de ligne de commande.</translation>
    </message>
    <message>
        <source>Displays this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Afficher les informations de version.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>Voir dans :</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Nom de fichier :</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Fichiers de type :</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Choisir</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Enregistrer sous</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Dossier :</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Dossier parent</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Aller à l&apos;élément précédent</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Va à l&apos;élément suivant</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Va au dossier parent</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Créer un nouveau dossier</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Crée un nouveau dossier</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;Nouveau dossier</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Vue en liste</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Vue détaillée</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Affiche la vue sous forme de liste</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Affichage la vue sous forme détaillée</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Afficher les fic&amp;hiers cachés</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Renommer</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Suppri&amp;mer</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Emplacements récents</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Barre latérale</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Liste des emplacements et des favoris</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>Fichier %1</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Poste de travail</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Disque</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>Le fichier %1 existe déjà
Voulez-vous l&apos;écraser ?</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Fichier introuvable.
Veuillez vérifier que le nom du fichier est correct.</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Dossier introuvable.
Veuillez vérifier que le nom du dossier est correct.</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Êtes-vous sûr de vouloir supprimer &quot;%1&quot; ?</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>&quot;%1&quot; est protégé en écriture.
Voulez-vous quand même le supprimer ?</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Impossible de supprimer le dossier.</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Chercher dans le dossier</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Ordinateur</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Poste de travail</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 Ko</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 Mo</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 Go</translation>
    </message>
    <message>
        <source>%1 TB</source>
        <translation>%1 To</translation>
    </message>
    <message>
        <source>Invalid filename</source>
        <translation>Nom de fichier invalide</translation>
    </message>
</context>
<context>
    <name>QInputDialog</name>
    <message>
        <source>Enter a value:</source>
        <translation>Entrer une valeur :</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Cop&amp;ier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Co&amp;ller</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Tout sélectionner</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Montrer les détails...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Masquer les détails...</translation>
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
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Tout enregistrer</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Oui</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Oui à &amp;tout</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Non</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Non à to&amp;ut</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Ne pas tenir compte</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Restaurer les valeurs par défaut</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Cop&amp;ier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Co&amp;ller</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Tout sélectionner</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Copier l&apos;adresse du &amp;lien</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>Aller au précédent</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Soumettre</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminer</translation>
    </message>
</context>
<context>
    <name>Qualification</name>
    <message>
        <source>Give the reason for nurturing: it goes into the stage history and the follow-up.</source>
        <translation>Indiquez le motif du nurturing : il est ajouté à l&apos;historique des étapes et au suivi.</translation>
    </message>
    <message>
        <source>The deal&apos;s amount cannot be negative.</source>
        <translation>Le montant de l&apos;affaire ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>BANT: %1</source>
        <translation>BANT : %1</translation>
    </message>
    <message>
        <source>Follow up after nurturing: %1</source>
        <translation>Relance après nurturing : %1</translation>
    </message>
</context>
<context>
    <name>Queue</name>
    <message>
        <source>Connected</source>
        <translation>Joint</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Pas de réponse</translation>
    </message>
    <message>
        <source>Left a voicemail</source>
        <translation>Message vocal laissé</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>Wrong contact</source>
        <translation>Mauvais contact</translation>
    </message>
    <message>
        <source>The delay after &quot;not now&quot; is from 1 to 3650 days.</source>
        <translation>Le délai après « pas maintenant » va de 1 à 3650 jours.</translation>
    </message>
    <message>
        <source>Hot lead, score %1</source>
        <translation>Lead chaud, score %1</translation>
    </message>
    <message>
        <source>New assignment</source>
        <translation>Nouvelle attribution</translation>
    </message>
    <message numerus="yes">
        <source>Not now (call): try again in %n day(s)</source>
        <translation>
            <numerusform>Pas maintenant (appel) : réessayer dans %n jour</numerusform>
            <numerusform>Pas maintenant (appel) : réessayer dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow up after &quot;not now&quot;</source>
        <translation>Relance après « pas maintenant »</translation>
    </message>
    <message>
        <source>Call back (%1)</source>
        <translation>Rappeler (%1)</translation>
    </message>
    <message>
        <source>Call logged</source>
        <translation>Appel enregistré</translation>
    </message>
    <message>
        <source>Call removed</source>
        <translation>Appel supprimé</translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <source>Whose queue</source>
        <translation>File d&apos;attente de qui</translation>
    </message>
    <message>
        <source>Team and routing…</source>
        <translation>Équipe et attribution…</translation>
    </message>
    <message>
        <source>Queue of:</source>
        <translation>File d&apos;attente de :</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>File d&apos;attente</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Call note</source>
        <translation>Note d&apos;appel</translation>
    </message>
    <message>
        <source>Note for the next call logged (optional)</source>
        <translation>Note pour le prochain appel enregistré (facultatif)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Log the call with one key: %1 · Enter opens the lead · T plans a task</source>
        <translation>Enregistrez l&apos;appel d&apos;une seule touche : %1 · Entrée ouvre le lead · T planifie une tâche</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <source>New task…</source>
        <translation>Nouvelle tâche…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation>15 minutes</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 heure</translation>
    </message>
    <message>
        <source>Tomorrow at 9:00</source>
        <translation>Demain à 9:00</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Hot</source>
        <translation>Chaud</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Logged: %1. Next call %2.</source>
        <translation>Enregistré : %1. Prochain appel %2.</translation>
    </message>
    <message>
        <source>Logged: %1.</source>
        <translation>Enregistré : %1.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <source>Snoozed until %1.</source>
        <translation>Reporté jusqu&apos;à %1.</translation>
    </message>
    <message>
        <source>Delete task</source>
        <translation>Supprimer la tâche</translation>
    </message>
    <message>
        <source>Delete the task &quot;%1&quot;?</source>
        <translation>Supprimer la tâche « %1 » ?</translation>
    </message>
    <message>
        <source>Queue (%L1)</source>
        <translation>File d&apos;attente (%L1)</translation>
    </message>
    <message>
        <source>Tasks (%L1)</source>
        <translation>Tâches (%L1)</translation>
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
        <translation>%1 : %2, échéance %3</translation>
    </message>
    <message>
        <source>%1 with %2: %3, due %4</source>
        <translation>%1 avec %2 : %3, échéance %4</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Rappel</translation>
    </message>
</context>
<context>
    <name>RepRepository</name>
    <message>
        <source>A rep needs a name.</source>
        <translation>Un commercial doit avoir un nom.</translation>
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
        <translation>Confirmé</translation>
    </message>
    <message>
        <source>The capacity of %1 cannot be negative.</source>
        <translation>La capacité de %1 ne peut pas être négative.</translation>
    </message>
    <message>
        <source>The absence of %1 ends before it starts.</source>
        <translation>L&apos;absence de %1 se termine avant de commencer.</translation>
    </message>
    <message>
        <source>Rep #%1 does not exist.</source>
        <translation>Le commercial n° %1 n&apos;existe pas.</translation>
    </message>
</context>
<context>
    <name>RescoreJob</name>
    <message>
        <source>The workspace is read-only: scores cannot be saved.</source>
        <translation>L&apos;espace de travail est en lecture seule : les scores ne peuvent pas être enregistrés.</translation>
    </message>
</context>
<context>
    <name>Rescorer</name>
    <message>
        <source>Score %1 reached the MQL threshold (%2)</source>
        <translation>Le score %1 a atteint le seuil MQL (%2)</translation>
    </message>
    <message>
        <source>Lead #%1 does not exist.</source>
        <translation>Le lead n° %1 n&apos;existe pas.</translation>
    </message>
</context>
<context>
    <name>Router</name>
    <message>
        <source>(unnamed rule)</source>
        <translation>(règle sans nom)</translation>
    </message>
    <message>
        <source>Every rule needs a name.</source>
        <translation>Chaque règle doit avoir un nom.</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; gives the lead to nobody: choose a rep or a team.</source>
        <translation>La règle « %1 » n&apos;attribue le lead à personne : choisissez un commercial ou une équipe.</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; names a rep who does not exist.</source>
        <translation>La règle « %1 » désigne un commercial qui n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; names the team &quot;%2&quot;, which has no rep.</source>
        <translation>La règle « %1 » désigne l&apos;équipe « %2 », qui n&apos;a aucun commercial.</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot;: %2</source>
        <translation>Règle « %1 » : %2</translation>
    </message>
    <message>
        <source>rule &quot;%1&quot; matched</source>
        <translation>règle « %1 » appliquée</translation>
    </message>
    <message>
        <source>rule &quot;%1&quot; matched; round-robin in team %2</source>
        <translation>règle « %1 » appliquée ; round-robin dans l&apos;équipe %2</translation>
    </message>
    <message>
        <source>round-robin, weighted by deals won in the last 30 days</source>
        <translation>round-robin, pondéré par les affaires gagnées sur les 30 derniers jours</translation>
    </message>
    <message>
        <source>round-robin</source>
        <translation>round-robin</translation>
    </message>
    <message>
        <source>no rep available: everyone is away, inactive or full</source>
        <translation>aucun commercial disponible : tous sont absents, inactifs ou complets</translation>
    </message>
    <message>
        <source>Rep #%1 does not exist.</source>
        <translation>Le commercial n° %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>assigned by hand</source>
        <translation>attribué manuellement</translation>
    </message>
</context>
<context>
    <name>RoutingDialog</name>
    <message>
        <source>Team and routing</source>
        <translation>Équipe et attribution</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Assignment rules</source>
        <translation>Règles d&apos;attribution</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Qualification</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Commerciaux</translation>
    </message>
    <message>
        <source>Add rep</source>
        <translation>Ajouter un commercial</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Seniority</source>
        <translation>Ancienneté</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <source> open leads</source>
        <translation> leads ouverts</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Away from</source>
        <translation>Absent du</translation>
    </message>
    <message>
        <source>Away until</source>
        <translation>Absent jusqu&apos;au</translation>
    </message>
    <message>
        <source>Industries</source>
        <translation>Secteurs</translation>
    </message>
    <message>
        <source>comma-separated, e.g. Retail, Hospitality</source>
        <translation>séparés par des virgules, p. ex. Commerce de détail, Hôtellerie</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>séparés par des virgules</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Régions</translation>
    </message>
    <message>
        <source>comma-separated countries or regions</source>
        <translation>pays ou régions séparés par des virgules</translation>
    </message>
    <message>
        <source>Active (receives leads)</source>
        <translation>Actif (reçoit des leads)</translation>
    </message>
    <message>
        <source>Save rep</source>
        <translation>Enregistrer le commercial</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>E-&amp;mail :</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>É&amp;quipe :</translation>
    </message>
    <message>
        <source>&amp;Seniority:</source>
        <translation>&amp;Ancienneté :</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>&amp;Capacité :</translation>
    </message>
    <message>
        <source>Availability:</source>
        <translation>Disponibilité :</translation>
    </message>
    <message>
        <source>&amp;Industries:</source>
        <translation>&amp;Secteurs :</translation>
    </message>
    <message>
        <source>&amp;Products:</source>
        <translation>&amp;Produits :</translation>
    </message>
    <message>
        <source>&amp;Regions:</source>
        <translation>&amp;Régions :</translation>
    </message>
    <message numerus="yes">
        <source>%n open lead(s)</source>
        <translation>
            <numerusform>%n lead ouvert</numerusform>
            <numerusform>%n leads ouverts</numerusform>
        </translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactif</translation>
    </message>
    <message>
        <source>away</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>Rules, first match wins</source>
        <translation>Règles, la première qui correspond l&apos;emporte</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>Ajouter une règle</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>When no rule matches: round-robin weighted by deals won in the last 30 days</source>
        <translation>Si aucune règle ne correspond : round-robin pondéré par les affaires gagnées sur les 30 derniers jours</translation>
    </message>
    <message>
        <source>Assign leads automatically when they become MQL</source>
        <translation>Attribuer automatiquement les leads quand ils deviennent MQL</translation>
    </message>
    <message>
        <source>Rules (tried in order; the first that matches decides):</source>
        <translation>Règles (essayées dans l&apos;ordre ; la première qui correspond décide) :</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Rule name</source>
        <translation>Nom de la règle</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Value(s), comma-separated</source>
        <translation>Valeur(s), séparées par des virgules</translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation>Ajouter une condition</translation>
    </message>
    <message>
        <source>Remove condition</source>
        <translation>Retirer la condition</translation>
    </message>
    <message>
        <source>To the rep</source>
        <translation>Au commercial</translation>
    </message>
    <message>
        <source>In turn to the team</source>
        <translation>À tour de rôle à l&apos;équipe</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Commercial</translation>
    </message>
    <message>
        <source>weighted by deals won in the last 30 days</source>
        <translation>pondéré par les affaires gagnées sur les 30 derniers jours</translation>
    </message>
    <message>
        <source>When all hold:</source>
        <translation>Si toutes sont vraies :</translation>
    </message>
    <message>
        <source>Give the lead:</source>
        <translation>Confier le lead :</translation>
    </message>
    <message>
        <source>rep #%1</source>
        <translation>commercial n° %1</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>(unnamed rule)</source>
        <translation>(règle sans nom)</translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation>Règle %1</translation>
    </message>
    <message>
        <source>Preview the rules being edited</source>
        <translation>Aperçu des règles en cours de modification</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Which</source>
        <translation>Lequel</translation>
    </message>
    <message>
        <source>Would go to</source>
        <translation>Irait à</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Open leads now</source>
        <translation>Leads ouverts actuellement</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Who would get the last 50 leads that came in, and today&apos;s unassigned leads, under the rules as edited here (nothing is saved or assigned).</source>
        <translation>Qui recevrait les 50 derniers leads arrivés et les leads non attribués du jour, selon les règles modifiées ici (rien n&apos;est enregistré ni attribué).</translation>
    </message>
    <message>
        <source>recent</source>
        <translation>récent</translation>
    </message>
    <message>
        <source>unassigned today</source>
        <translation>non attribué aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Criteria to meet</source>
        <translation>Critères à remplir</translation>
    </message>
    <message>
        <source> of 4</source>
        <translation> sur 4</translation>
    </message>
    <message>
        <source>A lead is sales qualified when at least:</source>
        <translation>Un lead est qualifié commercial quand au moins :</translation>
    </message>
    <message>
        <source>and always:</source>
        <translation>et toujours :</translation>
    </message>
    <message>
        <source>Days before trying again after &quot;not now&quot;</source>
        <translation>Jours avant de réessayer après « pas maintenant »</translation>
    </message>
    <message>
        <source> working days</source>
        <translation> jours ouvrés</translation>
    </message>
    <message>
        <source>After &quot;not now&quot; or nurturing, follow up in:</source>
        <translation>Après « pas maintenant » ou nurturing, relancer dans :</translation>
    </message>
</context>
<context>
    <name>RuleEditor</name>
    <message>
        <source>Kind:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <source>Rule name</source>
        <translation>Nom de la règle</translation>
    </message>
    <message>
        <source>optional; the rule describes itself</source>
        <translation>facultatif ; la règle se décrit elle-même</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Points per occurrence; negative points lower the score</source>
        <translation>Points par occurrence ; des points négatifs font baisser le score</translation>
    </message>
    <message>
        <source>&amp;Points:</source>
        <translation>&amp;Points :</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>&amp;Champ :</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparaison</translation>
    </message>
    <message>
        <source>&amp;Comparison:</source>
        <translation>C&amp;omparaison :</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valeurs</translation>
    </message>
    <message>
        <source>values separated by commas; case and accents are ignored</source>
        <translation>valeurs séparées par des virgules ; casse et accents ignorés</translation>
    </message>
    <message>
        <source>&amp;Values:</source>
        <translation>&amp;Valeurs :</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>&amp;Activity:</source>
        <translation>&amp;Activité :</translation>
    </message>
    <message>
        <source>Detail contains</source>
        <translation>Le détail contient</translation>
    </message>
    <message>
        <source>e.g. pricing (page address, e-mail subject); empty: any</source>
        <translation>p. ex. tarifs (adresse de page, objet d&apos;e-mail) ; vide : tout</translation>
    </message>
    <message>
        <source>&amp;Detail contains:</source>
        <translation>Le &amp;détail contient :</translation>
    </message>
    <message>
        <source>Count at most</source>
        <translation>Compter au plus</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <source>Count at &amp;most (occurrences):</source>
        <translation>Compter au &amp;plus (occurrences) :</translation>
    </message>
    <message>
        <source>Half-life</source>
        <translation>Demi-vie</translation>
    </message>
    <message>
        <source>never fades</source>
        <translation>ne s&apos;estompe jamais</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>After this many days an occurrence counts half, after twice as many a quarter</source>
        <translation>Après ce nombre de jours, une occurrence compte pour moitié, après le double pour un quart</translation>
    </message>
    <message>
        <source>&amp;Half-life:</source>
        <translation>&amp;Demi-vie :</translation>
    </message>
    <message>
        <source>Last e-mails</source>
        <translation>Derniers e-mails</translation>
    </message>
    <message>
        <source>None opened of the &amp;last:</source>
        <translation>Aucun ouvert parmi les &amp;derniers :</translation>
    </message>
    <message>
        <source>Select a rule, or add one</source>
        <translation>Sélectionnez une règle ou ajoutez-en une</translation>
    </message>
</context>
<context>
    <name>RuleListModel</name>
    <message>
        <source>%1 d</source>
        <translation>%1 j</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>At most</source>
        <translation>Au plus</translation>
    </message>
    <message>
        <source>Half-life</source>
        <translation>Demi-vie</translation>
    </message>
</context>
<context>
    <name>RuleSet</name>
    <message>
        <source>Decision maker (job title)</source>
        <translation>Décideur (fonction)</translation>
    </message>
    <message>
        <source>Manager (job title)</source>
        <translation>Manager (fonction)</translation>
    </message>
    <message>
        <source>Company of 200 employees or more</source>
        <translation>Entreprise de 200 salariés ou plus</translation>
    </message>
    <message>
        <source>Enterprise (1,000 employees or more)</source>
        <translation>Grande entreprise (1 000 salariés ou plus)</translation>
    </message>
    <message>
        <source>Target industry</source>
        <translation>Secteur cible</translation>
    </message>
    <message>
        <source>Phone number given</source>
        <translation>Numéro de téléphone indiqué</translation>
    </message>
    <message>
        <source>Personal e-mail address</source>
        <translation>Adresse e-mail personnelle</translation>
    </message>
    <message>
        <source>The rule set is of an unknown format (%1).</source>
        <translation>Le jeu de règles est dans un format inconnu (%1).</translation>
    </message>
    <message>
        <source>&quot;mql_threshold&quot; must be a whole number.</source>
        <translation>« mql_threshold » doit être un nombre entier.</translation>
    </message>
    <message>
        <source>&quot;warm_from&quot; must be a whole number.</source>
        <translation>« warm_from » doit être un nombre entier.</translation>
    </message>
    <message>
        <source>&quot;hot_from&quot; must be a whole number.</source>
        <translation>« hot_from » doit être un nombre entier.</translation>
    </message>
    <message>
        <source>&quot;rules&quot; must be a list of rules.</source>
        <translation>« rules » doit être une liste de règles.</translation>
    </message>
    <message>
        <source>Rule %1: not an object.</source>
        <translation>Règle %1 : pas un objet.</translation>
    </message>
    <message>
        <source>Rule %1: %2</source>
        <translation>Règle %1 : %2</translation>
    </message>
    <message>
        <source>The MQL threshold must be between -10000 and 10000.</source>
        <translation>Le seuil MQL doit être compris entre -10000 et 10000.</translation>
    </message>
    <message>
        <source>Warm must start at or below hot (warm from %1, hot from %2).</source>
        <translation>Tiède doit commencer au niveau de chaud ou en dessous (tiède à partir de %1, chaud à partir de %2).</translation>
    </message>
    <message>
        <source>At most 32 rules can look into an activity&apos;s details (URL, subject); this set has %1.</source>
        <translation>Au plus 32 règles peuvent examiner les détails d&apos;une activité (URL, objet) ; ce jeu en a %1.</translation>
    </message>
    <message>
        <source>Rule %1 (%2): %3</source>
        <translation>Règle %1 (%2) : %3</translation>
    </message>
    <message>
        <source>Rule %1 (%2): the id %3 is used twice.</source>
        <translation>Règle %1 (%2) : l&apos;identifiant %3 est utilisé deux fois.</translation>
    </message>
    <message>
        <source>The scoring rules stored in %1 cannot be read (%2).</source>
        <translation>Les règles de scoring enregistrées dans %1 ne peuvent pas être lues (%2).</translation>
    </message>
</context>
<context>
    <name>SalesCommands</name>
    <message>
        <source>Qualify (BANT)</source>
        <translation>Qualifier (BANT)</translation>
    </message>
    <message>
        <source>Log call: %1</source>
        <translation>Enregistrer un appel : %1</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>Ajouter une tâche</translation>
    </message>
    <message>
        <source>Complete task</source>
        <translation>Terminer la tâche</translation>
    </message>
</context>
<context>
    <name>SalesforceConnector</name>
    <message>
        <source>Salesforce: Leads and Opportunities, through a connected app (OAuth 2.0 refresh token).</source>
        <translation>Salesforce : leads et opportunités, via une application connectée (jeton d&apos;actualisation OAuth 2.0).</translation>
    </message>
    <message>
        <source>Instance address</source>
        <translation>Adresse de l&apos;instance</translation>
    </message>
    <message>
        <source>e.g. https://yourcompany.my.salesforce.com</source>
        <translation>p. ex. https://yourcompany.my.salesforce.com</translation>
    </message>
    <message>
        <source>Login address</source>
        <translation>Adresse de connexion</translation>
    </message>
    <message>
        <source>https://test.salesforce.com for a sandbox</source>
        <translation>https://test.salesforce.com pour une sandbox</translation>
    </message>
    <message>
        <source>Connected app consumer key</source>
        <translation>Clé client de l&apos;application connectée</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>Version de l&apos;API</translation>
    </message>
    <message>
        <source>Connected app consumer secret</source>
        <translation>Secret client de l&apos;application connectée</translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation>Jeton d&apos;actualisation</translation>
    </message>
    <message>
        <source>From the OAuth 2.0 web server flow with the refresh_token and api scopes.</source>
        <translation>Issu du flux OAuth 2.0 serveur web avec les portées refresh_token et api.</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>First Name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Secteur d&apos;activité</translation>
    </message>
    <message>
        <source>Annual Revenue</source>
        <translation>Chiffre d&apos;affaires annuel</translation>
    </message>
    <message>
        <source>No. of Employees</source>
        <translation>Nombre d&apos;employés</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>State/Province</source>
        <translation>État/Province</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Lead Source</source>
        <translation>Origine du lead</translation>
    </message>
    <message>
        <source>Lead Status</source>
        <translation>Statut du lead</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Opportunités</translation>
    </message>
    <message>
        <source>Opportunity Name</source>
        <translation>Nom de l&apos;opportunité</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Close Date</source>
        <translation>Date de clôture</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Probability (%)</source>
        <translation>Probabilité (%)</translation>
    </message>
</context>
<context>
    <name>SalesforceSession</name>
    <message>
        <source>Salesforce: the client secret or the refresh token is not stored for this connection.</source>
        <translation>Salesforce : le secret client ou le jeton d&apos;actualisation n&apos;est pas enregistré pour cette connexion.</translation>
    </message>
    <message>
        <source>describing %1</source>
        <translation>description de %1</translation>
    </message>
    <message>
        <source>Salesforce: %1 has no external id field %2. In Setup &gt; Object Manager &gt; %1 &gt; Fields, add a Text(80) field named Leadbench_Key with &quot;External ID&quot; and &quot;Unique&quot; ticked: Leadbench records its key there so that a repeated upload never duplicates a record.</source>
        <translation>Salesforce : %1 n&apos;a pas de champ d&apos;ID externe %2. Dans Setup &gt; Object Manager &gt; %1 &gt; Fields, ajoutez un champ Text(80) nommé Leadbench_Key avec « External ID » et « Unique » cochés : Leadbench y enregistre sa clé pour qu&apos;un envoi répété ne duplique jamais un enregistrement.</translation>
    </message>
    <message>
        <source>Salesforce: the query had expired; continuing from the last change read.</source>
        <translation>Salesforce : la requête avait expiré ; reprise à partir de la dernière modification lue.</translation>
    </message>
    <message>
        <source>querying %1</source>
        <translation>interrogation de %1</translation>
    </message>
    <message>
        <source>Salesforce: deletions older than 30 days can no longer be read; records deleted before %1 stay here.</source>
        <translation>Salesforce : les suppressions de plus de 30 jours ne peuvent plus être lues ; les enregistrements supprimés avant le %1 restent ici.</translation>
    </message>
    <message>
        <source>listing deleted %1 records</source>
        <translation>liste des enregistrements %1 supprimés</translation>
    </message>
    <message>
        <source>reading %1 records</source>
        <translation>lecture des enregistrements %1</translation>
    </message>
    <message>
        <source>deleting %1 records</source>
        <translation>suppression des enregistrements %1</translation>
    </message>
    <message>
        <source>updating %1 records</source>
        <translation>mise à jour des enregistrements %1</translation>
    </message>
    <message>
        <source>creating %1 records</source>
        <translation>création des enregistrements %1</translation>
    </message>
    <message>
        <source>Salesforce gave no result for this record</source>
        <translation>Salesforce n&apos;a renvoyé aucun résultat pour cet enregistrement</translation>
    </message>
    <message>
        <source>Salesforce refused the session while %1: %2</source>
        <translation>Salesforce a refusé la session lors de : %1 : %2</translation>
    </message>
    <message>
        <source>Salesforce: the organisation&apos;s API request limit is used up (%1); the sync can continue when it resets.</source>
        <translation>Salesforce : la limite de requêtes API de l&apos;organisation est atteinte (%1) ; la synchronisation pourra continuer après sa réinitialisation.</translation>
    </message>
    <message>
        <source>Salesforce refused %1: %2. Check the user&apos;s permissions on Leads and Opportunities.</source>
        <translation>Salesforce a refusé %1 : %2. Vérifiez les autorisations de l&apos;utilisateur sur les leads et les opportunités.</translation>
    </message>
    <message>
        <source>Salesforce failed while %1 (HTTP %2): %3</source>
        <translation>Échec de Salesforce lors de : %1 (HTTP %2) : %3</translation>
    </message>
    <message>
        <source>Salesforce refused %1 (HTTP %2): %3</source>
        <translation>Salesforce a refusé %1 (HTTP %2) : %3</translation>
    </message>
    <message>
        <source>Salesforce refused the connected app&apos;s credentials or the refresh token: %1. Authorise Leadbench again and store the new refresh token in the connection.</source>
        <translation>Salesforce a refusé les identifiants de l&apos;application connectée ou le jeton d&apos;actualisation : %1. Autorisez à nouveau Leadbench et enregistrez le nouveau jeton d&apos;actualisation dans la connexion.</translation>
    </message>
    <message>
        <source>getting an access token</source>
        <translation>obtention d&apos;un jeton d&apos;accès</translation>
    </message>
    <message>
        <source>Salesforce: access token obtained.</source>
        <translation>Salesforce : jeton d&apos;accès obtenu.</translation>
    </message>
</context>
<context>
    <name>ScoreExplanationView</name>
    <message>
        <source>Score contributions</source>
        <translation>Contributions au score</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Occurrences</source>
        <translation>Occurrences</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Score history</source>
        <translation>Historique du score</translation>
    </message>
    <message>
        <source>Score %1; the MQL threshold is %2.</source>
        <translation>Score %1 ; le seuil MQL est %2.</translation>
    </message>
    <message>
        <source>The list shows %1, from the last re-score: older behaviour has faded since.</source>
        <translation>La liste montre %1, issu du dernier recalcul : les comportements plus anciens se sont estompés depuis.</translation>
    </message>
    <message>
        <source>No rule applies to this lead yet.</source>
        <translation>Aucune règle ne s&apos;applique encore à ce lead.</translation>
    </message>
    <message>
        <source>%1 of %2 (at most %1 count)</source>
        <translation>%1 sur %2 (au plus %1 comptés)</translation>
    </message>
    <message>
        <source>%1 points after decay; last on %2</source>
        <translation>%1 points après dégressivité ; dernière fois le %2</translation>
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
        <translation>Leads par score</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>With the edited rules</source>
        <translation>Avec les règles modifiées</translation>
    </message>
    <message>
        <source>Scores now</source>
        <translation>Scores actuels</translation>
    </message>
    <message>
        <source>MQL threshold</source>
        <translation>Seuil MQL</translation>
    </message>
    <message>
        <source>What each threshold would do</source>
        <translation>Effet de chaque seuil</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Seuil</translation>
    </message>
    <message>
        <source>Eventual customers above</source>
        <translation>Futurs clients au-dessus</translation>
    </message>
    <message>
        <source>Leads sent to sales</source>
        <translation>Leads transmis aux ventes</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Précision</translation>
    </message>
    <message>
        <source>Current threshold</source>
        <translation>Seuil actuel</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Suggéré</translation>
    </message>
</context>
<context>
    <name>ScoringInsights</name>
    <message>
        <source>No lead has an outcome yet (became a customer, or was lost or disqualified): the threshold cannot be judged from the data.</source>
        <translation>Aucun lead n&apos;a encore de résultat (devenu client, perdu ou disqualifié) : le seuil ne peut pas être évalué d&apos;après les données.</translation>
    </message>
    <message>
        <source>No lead with a known outcome became a customer yet: nothing separates good leads from bad ones.</source>
        <translation>Aucun lead au résultat connu n&apos;est encore devenu client : rien ne distingue les bons leads des mauvais.</translation>
    </message>
    <message>
        <source>At %1, %2 of eventual customers score at or above the threshold, %3 of those above it became customers, and %4 of all leads would go to sales: the best balance (F1) of the two.</source>
        <translation>À %1, %2 des futurs clients ont un score égal ou supérieur au seuil, %3 de ceux au-dessus sont devenus clients et %4 de tous les leads iraient aux ventes : le meilleur équilibre (F1) entre les deux.</translation>
    </message>
</context>
<context>
    <name>ScoringPage</name>
    <message>
        <source>Change scoring rules</source>
        <translation>Modifier les règles de scoring</translation>
    </message>
    <message>
        <source>Re-scoring progress</source>
        <translation>Progression du recalcul des scores</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop re-scoring after the current batch; it starts again the next time</source>
        <translation>Arrêter le recalcul après le lot en cours ; il reprendra la prochaine fois</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <source>Threshold advisor</source>
        <translation>Conseiller de seuil</translation>
    </message>
    <message>
        <source>Attribute lift</source>
        <translation>Lift des attributs</translation>
    </message>
    <message>
        <source>Scoring rules</source>
        <translation>Règles de scoring</translation>
    </message>
    <message>
        <source>Add profile rule</source>
        <translation>Ajouter une règle de profil</translation>
    </message>
    <message>
        <source>Points for who the lead is: job title, company size, industry, …</source>
        <translation>Points selon qui est le lead : fonction, taille d&apos;entreprise, secteur…</translation>
    </message>
    <message>
        <source>Add behaviour rule</source>
        <translation>Ajouter une règle de comportement</translation>
    </message>
    <message>
        <source>Points for what the lead does: opens, clicks, visits, meetings, …</source>
        <translation>Points selon ce que fait le lead : ouvertures, clics, visites, réunions…</translation>
    </message>
    <message>
        <source>Add &quot;no opens&quot; rule</source>
        <translation>Ajouter une règle « aucune ouverture »</translation>
    </message>
    <message>
        <source>Points when the lead opened none of the last e-mails sent</source>
        <translation>Points quand le lead n&apos;a ouvert aucun des derniers e-mails envoyés</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Selected rule</source>
        <translation>Règle sélectionnée</translation>
    </message>
    <message>
        <source>Threshold and temperature</source>
        <translation>Seuil et température</translation>
    </message>
    <message>
        <source>MQL threshold</source>
        <translation>Seuil MQL</translation>
    </message>
    <message>
        <source>A Subscriber, Lead or Nurturing lead whose score reaches this becomes MQL</source>
        <translation>Un abonné, lead ou lead en nurturing dont le score atteint cette valeur devient MQL</translation>
    </message>
    <message>
        <source>&amp;MQL at score:</source>
        <translation>&amp;MQL à partir du score :</translation>
    </message>
    <message>
        <source>Warm from</source>
        <translation>Tiède à partir de</translation>
    </message>
    <message>
        <source>&amp;Warm from:</source>
        <translation>&amp;Tiède à partir de :</translation>
    </message>
    <message>
        <source>Hot from</source>
        <translation>Chaud à partir de</translation>
    </message>
    <message>
        <source>&amp;Hot from:</source>
        <translation>&amp;Chaud à partir de :</translation>
    </message>
    <message>
        <source>Score distribution preview</source>
        <translation>Aperçu de la répartition des scores</translation>
    </message>
    <message>
        <source>Default rules</source>
        <translation>Règles par défaut</translation>
    </message>
    <message>
        <source>Put the default rule set in the editor (the seeds&apos; points and profile rules)</source>
        <translation>Charger le jeu de règles par défaut dans l&apos;éditeur (points et règles de profil initiaux)</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Save and re-score</source>
        <translation>Enregistrer et recalculer</translation>
    </message>
    <message>
        <source>Threshold advisor chart</source>
        <translation>Graphique du conseiller de seuil</translation>
    </message>
    <message>
        <source>Candidate thresholds</source>
        <translation>Seuils candidats</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Seuil</translation>
    </message>
    <message>
        <source>Eventual customers above</source>
        <translation>Futurs clients au-dessus</translation>
    </message>
    <message>
        <source>Leads sent to sales</source>
        <translation>Leads transmis aux ventes</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Précision</translation>
    </message>
    <message>
        <source>Leads above</source>
        <translation>Leads au-dessus</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Use the suggested threshold</source>
        <translation>Utiliser le seuil suggéré</translation>
    </message>
    <message>
        <source>Puts it in the rules editor; it takes effect when saved</source>
        <translation>Le place dans l&apos;éditeur de règles ; il prend effet à l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <source>Attribute:</source>
        <translation>Attribut :</translation>
    </message>
    <message>
        <source>Conversion by attribute value</source>
        <translation>Conversion par valeur d&apos;attribut</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Leads with an outcome</source>
        <translation>Leads avec un résultat</translation>
    </message>
    <message>
        <source>Became customers</source>
        <translation>Devenus clients</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Conversion</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>Lift</translation>
    </message>
    <message>
        <source>The workspace is read-only: the rules can be read and previewed, not changed.</source>
        <translation>L&apos;espace de travail est en lecture seule : les règles peuvent être lues et prévisualisées, pas modifiées.</translation>
    </message>
    <message>
        <source>Cannot save: %1</source>
        <translation>Impossible d&apos;enregistrer : %1</translation>
    </message>
    <message>
        <source>Unsaved changes: the preview shows what they would do.</source>
        <translation>Modifications non enregistrées : l&apos;aperçu montre leur effet.</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s); scores follow every change at once.</source>
        <translation>
            <numerusform>%n règle ; les scores suivent immédiatement chaque modification.</numerusform>
            <numerusform>%n règles ; les scores suivent immédiatement chaque modification.</numerusform>
        </translation>
    </message>
    <message>
        <source>The preview waits for a sound rule set: %1</source>
        <translation>L&apos;aperçu attend un jeu de règles valide : %1</translation>
    </message>
    <message>
        <source>Computing the preview…</source>
        <translation>Calcul de l&apos;aperçu…</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>Pas d&apos;aperçu : %1</translation>
    </message>
    <message>
        <source>Under these rules %1 of %2 leads would be at or above the threshold of %3 (now %4); %5 would become MQL; %6 scores would change.</source>
        <translation>Avec ces règles, %1 leads sur %2 seraient au niveau du seuil de %3 ou au-dessus (actuellement %4) ; %5 deviendraient MQL ; %6 scores changeraient.</translation>
    </message>
    <message>
        <source>Scoring rules changed</source>
        <translation>Règles de scoring modifiées</translation>
    </message>
    <message>
        <source>Re-scoring every lead: %1…</source>
        <translation>Recalcul du score de chaque lead : %1…</translation>
    </message>
    <message>
        <source>%1 of %2 leads</source>
        <translation>%1 leads sur %2</translation>
    </message>
    <message>
        <source>Re-scoring failed: %1</source>
        <translation>Échec du recalcul : %1</translation>
    </message>
    <message>
        <source>Re-scoring stopped after %1 leads; it resumes the next time the workspace opens.</source>
        <translation>Recalcul arrêté après %1 leads ; il reprendra à la prochaine ouverture de l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>Re-scored %1 leads: %2 scores changed, %3 leads became MQL.</source>
        <translation>Score recalculé pour %1 leads : %2 scores modifiés, %3 leads devenus MQL.</translation>
    </message>
    <message>
        <source>Reading the outcomes…</source>
        <translation>Lecture des résultats…</translation>
    </message>
    <message>
        <source>%1 leads; %2 with a known outcome (%3 became customers, %4 were lost or disqualified).</source>
        <translation>%1 leads ; %2 avec un résultat connu (%3 devenus clients, %4 perdus ou disqualifiés).</translation>
    </message>
    <message>
        <source> (current)</source>
        <translation> (actuel)</translation>
    </message>
    <message>
        <source> (suggested)</source>
        <translation> (suggéré)</translation>
    </message>
    <message>
        <source>Use the suggested threshold (%1)</source>
        <translation>Utiliser le seuil suggéré (%1)</translation>
    </message>
    <message>
        <source>No lead has an outcome yet (became a customer, or was lost or disqualified).</source>
        <translation>Aucun lead n&apos;a encore de résultat (devenu client, perdu ou disqualifié).</translation>
    </message>
    <message>
        <source>Overall, %1 of the %2 leads with a known outcome became customers. Lift above 1: the value converts better than average; below 1: worse.</source>
        <translation>Au total, %1 des %2 leads au résultat connu sont devenus clients. Lift supérieur à 1 : la valeur convertit mieux que la moyenne ; inférieur à 1 : moins bien.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>No value of %1 has 5 or more leads with a known outcome yet.</source>
        <translation>Aucune valeur de %1 n&apos;a encore 5 leads ou plus au résultat connu.</translation>
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
        <translation>%1 est renseigné</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>%1 containing &quot;%2&quot;</source>
        <translation>%1 contenant « %2 »</translation>
    </message>
    <message>
        <source>&quot;id&quot; must be a whole number</source>
        <translation>« id » doit être un nombre entier</translation>
    </message>
    <message>
        <source>&quot;kind&quot; must be profile, behaviour or no_opens, not &quot;%1&quot;</source>
        <translation>« kind » doit être profile, behaviour ou no_opens, pas « %1 »</translation>
    </message>
    <message>
        <source>&quot;points&quot; is missing</source>
        <translation>« points » est manquant</translation>
    </message>
    <message>
        <source>&quot;points&quot; must be a whole number</source>
        <translation>« points » doit être un nombre entier</translation>
    </message>
    <message>
        <source>&quot;field&quot;: &quot;%1&quot; is not a field a profile rule can read</source>
        <translation>« field » : « %1 » n&apos;est pas un champ lisible par une règle de profil</translation>
    </message>
    <message>
        <source>&quot;operator&quot;: &quot;%1&quot; is not one of equals, contains, one_of, at_least, at_most, is_set</source>
        <translation>« operator » : « %1 » ne fait pas partie de equals, contains, one_of, at_least, at_most, is_set</translation>
    </message>
    <message>
        <source>&quot;values&quot; must hold texts or numbers</source>
        <translation>« values » doit contenir des textes ou des nombres</translation>
    </message>
    <message>
        <source>&quot;values&quot; must be a list</source>
        <translation>« values » doit être une liste</translation>
    </message>
    <message>
        <source>&quot;activity&quot;: &quot;%1&quot; is not an activity type</source>
        <translation>« activity » : « %1 » n&apos;est pas un type d&apos;activité</translation>
    </message>
    <message>
        <source>&quot;cap&quot; must be a whole number</source>
        <translation>« cap » doit être un nombre entier</translation>
    </message>
    <message>
        <source>&quot;half_life_days&quot; must be a number</source>
        <translation>« half_life_days » doit être un nombre</translation>
    </message>
    <message>
        <source>&quot;last_emails&quot; must be a whole number</source>
        <translation>« last_emails » doit être un nombre entier</translation>
    </message>
    <message>
        <source>Points must be between -1000 and 1000.</source>
        <translation>Les points doivent être compris entre -1000 et 1000.</translation>
    </message>
    <message>
        <source>A profile rule cannot read %1.</source>
        <translation>Une règle de profil ne peut pas lire %1.</translation>
    </message>
    <message>
        <source>%1 can only be tested with &quot;is set&quot;.</source>
        <translation>%1 ne peut être testé qu&apos;avec « est renseigné ».</translation>
    </message>
    <message>
        <source>Give a value to compare %1 with.</source>
        <translation>Indiquez une valeur à comparer avec %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; compares numbers; %2 is not a number field.</source>
        <translation>« %1 » compare des nombres ; %2 n&apos;est pas un champ numérique.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>« %1 » n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>%1 cannot be scored.</source>
        <translation>%1 ne peut pas être utilisé pour le scoring.</translation>
    </message>
    <message>
        <source>The cap must be between 0 (no cap) and 1000 occurrences.</source>
        <translation>Le plafond doit être compris entre 0 (sans plafond) et 1000 occurrences.</translation>
    </message>
    <message>
        <source>The half-life must be between 0 (no decay) and 3650 days.</source>
        <translation>La demi-vie doit être comprise entre 0 (sans dégressivité) et 3650 jours.</translation>
    </message>
    <message>
        <source>The number of e-mails must be between 1 and 100.</source>
        <translation>Le nombre d&apos;e-mails doit être compris entre 1 et 100.</translation>
    </message>
</context>
<context>
    <name>ScoringRules</name>
    <message>
        <source>equals</source>
        <translation>est égal à</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>contient</translation>
    </message>
    <message>
        <source>is one of</source>
        <translation>est parmi</translation>
    </message>
    <message>
        <source>is at least</source>
        <translation>est au moins</translation>
    </message>
    <message>
        <source>is at most</source>
        <translation>est au plus</translation>
    </message>
    <message>
        <source>is set</source>
        <translation>est renseigné</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>No opens</source>
        <translation>Aucune ouverture</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Comportement</translation>
    </message>
    <message numerus="yes">
        <source>Opened none of the last %Ln e-mail(s)</source>
        <translation>
            <numerusform>N&apos;a ouvert aucun des %Ln derniers e-mails</numerusform>
            <numerusform>N&apos;a ouvert aucun des %Ln derniers e-mails</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScoringService</name>
    <message>
        <source>Scoring rules changed</source>
        <translation>Règles de scoring modifiées</translation>
    </message>
    <message>
        <source>Daily re-score: older behaviour counts less</source>
        <translation>Recalcul quotidien : les comportements anciens comptent moins</translation>
    </message>
    <message>
        <source>Scored with the workspace&apos;s rules</source>
        <translation>Score calculé avec les règles de l&apos;espace de travail</translation>
    </message>
</context>
<context>
    <name>SegmentRepository</name>
    <message>
        <source>A segment needs a name.</source>
        <translation>Un segment doit avoir un nom.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Recorded with every stage change, activity and merge you make.</source>
        <translation>Enregistré avec chaque changement d&apos;étape, activité et fusion que vous effectuez.</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom :</translation>
    </message>
    <message>
        <source>Workspace at start</source>
        <translation>Espace de travail au démarrage</translation>
    </message>
    <message>
        <source>The last workspace used</source>
        <translation>Le dernier espace de travail utilisé</translation>
    </message>
    <message>
        <source>The default workspace</source>
        <translation>L&apos;espace de travail par défaut</translation>
    </message>
    <message>
        <source>&amp;Open at start:</source>
        <translation>&amp;Ouvrir au démarrage :</translation>
    </message>
    <message>
        <source>Ask before deleting several leads at once</source>
        <translation>Demander avant de supprimer plusieurs leads à la fois</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>Sauvegardes automatiques</translation>
    </message>
    <message>
        <source>Back up the open workspace automatically</source>
        <translation>Sauvegarder automatiquement l&apos;espace de travail ouvert</translation>
    </message>
    <message>
        <source>Hours between backups</source>
        <translation>Heures entre deux sauvegardes</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>&amp;Every:</source>
        <translation>&amp;Toutes les :</translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation>Sauvegardes à conserver</translation>
    </message>
    <message>
        <source>&amp;Keep the last:</source>
        <translation>&amp;Conserver les dernières :</translation>
    </message>
    <message>
        <source>Your name cannot be empty: it is recorded in the histories.</source>
        <translation>Votre nom ne peut pas être vide : il est enregistré dans les historiques.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <extracomment>%1 is the name of the system&apos;s language in that language (Français, Ελληνικά ...)</extracomment>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>A new language applies when Leadbench starts again.</source>
        <translation>Une nouvelle langue s&apos;applique au prochain démarrage de Leadbench.</translation>
    </message>
    <message>
        <source>The language changes the next time Leadbench starts.</source>
        <translation>La langue change au prochain démarrage de Leadbench.</translation>
    </message>
</context>
<context>
    <name>StageMachine</name>
    <message>
        <source>The lead is already at %1.</source>
        <translation>Le lead est déjà à l&apos;étape %1.</translation>
    </message>
    <message>
        <source>A lead cannot move from %1 to %2; from %1 it can move to %3.</source>
        <translation>Un lead ne peut pas passer de %1 à %2 ; depuis %1, il peut passer à %3.</translation>
    </message>
    <message>
        <source>no other stage</source>
        <translation>aucune autre étape</translation>
    </message>
</context>
<context>
    <name>StepEditor</name>
    <message>
        <source>Step type</source>
        <translation>Type d&apos;étape</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>Step label</source>
        <translation>Libellé de l&apos;étape</translation>
    </message>
    <message>
        <source>Optional: a name shown on the card</source>
        <translation>Facultatif : un nom affiché sur la carte</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Libellé :</translation>
    </message>
    <message>
        <source>E-mail template</source>
        <translation>Modèle d&apos;e-mail</translation>
    </message>
    <message>
        <source>T&amp;emplate:</source>
        <translation>&amp;Modèle :</translation>
    </message>
    <message>
        <source>Wait length</source>
        <translation>Durée de l&apos;attente</translation>
    </message>
    <message>
        <source>Wait unit</source>
        <translation>Unité de l&apos;attente</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>business days</source>
        <translation>jours ouvrés</translation>
    </message>
    <message>
        <source>Wait:</source>
        <translation>Attente :</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>&amp;If:</source>
        <translation>&amp;Si :</translation>
    </message>
    <message>
        <source>Score at least</source>
        <translation>Score d&apos;au moins</translation>
    </message>
    <message>
        <source>Sc&amp;ore ≥</source>
        <translation>Sc&amp;ore ≥</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape du cycle de vie</translation>
    </message>
    <message>
        <source>Sta&amp;ge:</source>
        <translation>Étape du c&amp;ycle :</translation>
    </message>
    <message>
        <source>Lead field</source>
        <translation>Champ du lead</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>C&amp;hamp :</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparaison</translation>
    </message>
    <message>
        <source>Com&amp;parison:</source>
        <translation>Com&amp;paraison :</translation>
    </message>
    <message>
        <source>Value (several: separated by commas)</source>
        <translation>Valeur (plusieurs : séparées par des virgules)</translation>
    </message>
    <message>
        <source>Value; for &quot;one of&quot;: values separated by commas</source>
        <translation>Valeur ; pour « est parmi » : valeurs séparées par des virgules</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Valeur :</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>&amp;Do:</source>
        <translation>&amp;Faire :</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Nouvelle étape du cycle de vie</translation>
    </message>
    <message>
        <source>S&amp;tage:</source>
        <translation>Étape du c&amp;ycle :</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Commercial</translation>
    </message>
    <message>
        <source>&amp;Rep:</source>
        <translation>&amp;Commercial :</translation>
    </message>
    <message>
        <source>Task type</source>
        <translation>Type de tâche</translation>
    </message>
    <message>
        <source>Tas&amp;k:</source>
        <translation>Tâc&amp;he :</translation>
    </message>
    <message>
        <source>Task title or message</source>
        <translation>Titre de la tâche ou message</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xte :</translation>
    </message>
    <message>
        <source>Due in days</source>
        <translation>Échéance en jours</translation>
    </message>
    <message>
        <source>Due in (days):</source>
        <translation>Échéance (jours) :</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Étape suivante</translation>
    </message>
    <message>
        <source>If yes, go to</source>
        <translation>Si oui, aller à</translation>
    </message>
    <message>
        <source>If no, go to</source>
        <translation>Si non, aller à</translation>
    </message>
    <message>
        <source>&amp;Then:</source>
        <translation>&amp;Ensuite :</translation>
    </message>
    <message>
        <source>If &amp;yes:</source>
        <translation>Si ou&amp;i :</translation>
    </message>
    <message>
        <source>If &amp;no:</source>
        <translation>Si &amp;non :</translation>
    </message>
    <message>
        <source>Select a step in the flow, or add one.</source>
        <translation>Sélectionnez une étape dans le flux, ou ajoutez-en une.</translation>
    </message>
    <message>
        <source>Step #%1</source>
        <translation>Étape n° %1</translation>
    </message>
    <message>
        <source>(choose a template)</source>
        <translation>(choisir un modèle)</translation>
    </message>
    <message>
        <source>By the routing rules</source>
        <translation>Selon les règles d&apos;attribution</translation>
    </message>
    <message>
        <source>End of the sequence</source>
        <translation>Fin de la séquence</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>n° %1 %2</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>Keep Leadbench&apos;s value</source>
        <translation>Conserver la valeur de Leadbench</translation>
    </message>
    <message>
        <source>Take the CRM&apos;s value</source>
        <translation>Prendre la valeur du CRM</translation>
    </message>
    <message>
        <source>The newest change wins</source>
        <translation>La modification la plus récente l&apos;emporte</translation>
    </message>
    <message>
        <source>Ask me</source>
        <translation>Me demander</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Affaires</translation>
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
        <translation>Une synchronisation est déjà en cours.</translation>
    </message>
    <message>
        <source>The connection #%1 no longer exists.</source>
        <translation>La connexion n° %1 n&apos;existe plus.</translation>
    </message>
</context>
<context>
    <name>Sync::SyncService</name>
    <message>
        <source>%1: &quot;%2&quot; is required.</source>
        <translation>%1 : « %2 » est obligatoire.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 has no setting &quot;%2&quot;.</source>
        <translation>%1 n&apos;a pas de paramètre « %2 ».</translation>
    </message>
    <message>
        <source>The connection #%1 no longer exists.</source>
        <translation>La connexion n° %1 n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The conflict #%1 was already settled.</source>
        <translation>Le conflit n° %1 a déjà été réglé.</translation>
    </message>
    <message>
        <source>Conflict settled: %1</source>
        <translation>Conflit réglé : %1</translation>
    </message>
</context>
<context>
    <name>SyncCommands</name>
    <message>
        <source>never</source>
        <translation>jamais</translation>
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
        Les plug-ins de connecteur CRM trouvés, et ceux refusés avec le motif.
  connections list [--json]
  connections add NAME --connector ID [--set KEY=VALUE]... [--conflicts ask|local|remote|newest]
                  [--secret-stdin] [--no-test]
        Ajoute une connexion CRM et la teste. Les secrets (jetons, secrets client, jetons
        d&apos;actualisation) ne sont jamais des options : ils sont demandés dans le terminal, ou lus
        sur l&apos;entrée standard avec --secret-stdin (lignes KEY=VALUE, ou simplement la valeur
        quand le connecteur n&apos;a qu&apos;un secret), et conservés uniquement dans le trousseau du
        système. Paramètres : voir &quot;connectors&quot;.
  connections edit NAME [--name NEW] [--set KEY=VALUE]... [--conflicts RULE] [--secret-stdin]
  connections remove NAME
  connections test NAME
  connections mapping NAME [--json]
  connections map NAME lead|deal LOCAL_FIELD CRM_FIELD [--direction both|push|pull] [--clear-allowed]
        push : Leadbench est la source de vérité pour le champ ; pull : c&apos;est le CRM.
        --clear-allowed permet à une valeur vide de remplacer une valeur renseignée.
  connections unmap NAME lead|deal LOCAL_FIELD
  connections reset-mapping NAME
  connections log NAME [--runs N]
  sync CONNECTION [--full] [--dry-run] [--json]
        Récupère les modifications du CRM, puis envoie celles de Leadbench. --full compare
        chaque enregistrement ; --dry-run montre ce qui changerait, champ par champ, et
        n&apos;écrit rien nulle part. Code de sortie 1 si la synchronisation a échoué ou si le
        CRM a refusé certains enregistrements (listés).
  conflicts list [CONNECTION] [--json]
  conflicts resolve ID local|remote
  conflicts resolve-all CONNECTION local|remote
        Les champs modifiés des deux côtés depuis la dernière synchronisation attendent un
        choix (avec la règle &quot;ask&quot;).
</translation>
    </message>
    <message>
        <source>leadbench-cli: %1</source>
        <translation>leadbench-cli : %1</translation>
    </message>
    <message>
        <source>Run &quot;leadbench-cli --help&quot; for the commands.</source>
        <translation>Lancez &quot;leadbench-cli --help&quot; pour la liste des commandes.</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>commande inconnue &quot;%1&quot;</translation>
    </message>
    <message>
        <source>JSON output.</source>
        <translation>Sortie JSON.</translation>
    </message>
    <message>
        <source>No connector plug-ins in %1.</source>
        <translation>Aucun plug-in de connecteur dans %1.</translation>
    </message>
    <message>
        <source>%1: refused (%2)</source>
        <translation>%1 : refusé (%2)</translation>
    </message>
    <message>
        <source>(secret: standard input or prompt)</source>
        <translation>(secret : entrée standard ou invite)</translation>
    </message>
    <message>
        <source>(default %1)</source>
        <translation>(par défaut %1)</translation>
    </message>
    <message>
        <source>connections needs list, add, edit, remove, test, mapping, map, unmap, reset-mapping or log</source>
        <translation>connections attend list, add, edit, remove, test, mapping, map, unmap, reset-mapping ou log</translation>
    </message>
    <message>
        <source>unknown connections command &quot;%1&quot;</source>
        <translation>commande connections inconnue &quot;%1&quot;</translation>
    </message>
    <message>
        <source>No connections. Add one with &quot;leadbench-cli connections add&quot;.</source>
        <translation>Aucune connexion. Ajoutez-en une avec &quot;leadbench-cli connections add&quot;.</translation>
    </message>
    <message>
        <source>last sync: %1 %2</source>
        <translation>dernière synchronisation : %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to send</source>
        <translation>
            <numerusform>%n modification à envoyer</numerusform>
            <numerusform>%n modifications à envoyer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflit</numerusform>
            <numerusform>%n conflits</numerusform>
        </translation>
    </message>
    <message>
        <source>leadbench-cli: standard input: &quot;%1&quot; is not one of %2 (KEY=VALUE lines)</source>
        <translation>leadbench-cli : entrée standard : &quot;%1&quot; ne fait pas partie de %2 (lignes KEY=VALUE)</translation>
    </message>
    <message>
        <source>a line without =</source>
        <translation>une ligne sans =</translation>
    </message>
    <message>
        <source>leadbench-cli: %1 needs its secrets (%2): give them on standard input with --secret-stdin.</source>
        <translation>leadbench-cli : %1 a besoin de ses secrets (%2) : fournissez-les sur l&apos;entrée standard avec --secret-stdin.</translation>
    </message>
    <message>
        <source>%1 (not shown): </source>
        <translation>%1 (non affiché) : </translation>
    </message>
    <message>
        <source>Connector id.</source>
        <translation>Identifiant du connecteur.</translation>
    </message>
    <message>
        <source>A setting.</source>
        <translation>Un paramètre.</translation>
    </message>
    <message>
        <source>Conflict rule.</source>
        <translation>Règle de conflit.</translation>
    </message>
    <message>
        <source>Read secrets from standard input.</source>
        <translation>Lire les secrets sur l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>Do not test the connection.</source>
        <translation>Ne pas tester la connexion.</translation>
    </message>
    <message>
        <source>connections add takes one NAME</source>
        <translation>connections add attend un NAME</translation>
    </message>
    <message>
        <source>connections add needs --connector (see &quot;leadbench-cli connectors&quot;)</source>
        <translation>connections add attend --connector (voir &quot;leadbench-cli connectors&quot;)</translation>
    </message>
    <message>
        <source>--conflicts: &quot;%1&quot; is not ask, local, remote or newest</source>
        <translation>--conflicts : &quot;%1&quot; n&apos;est ni ask, ni local, ni remote, ni newest</translation>
    </message>
    <message>
        <source>--set: &quot;%1&quot; is not KEY=VALUE</source>
        <translation>--set : &quot;%1&quot; n&apos;est pas de la forme KEY=VALUE</translation>
    </message>
    <message>
        <source>--set: %1 is a secret: it is never given on the command line (it would stay in the shell&apos;s history); give it on standard input with --secret-stdin or when asked</source>
        <translation>--set : %1 est un secret : il n&apos;est jamais passé sur la ligne de commande (il resterait dans l&apos;historique du shell) ; fournissez-le sur l&apos;entrée standard avec --secret-stdin ou quand il est demandé</translation>
    </message>
    <message>
        <source>Added the connection &quot;%1&quot; (%2).</source>
        <translation>Connexion &quot;%1&quot; ajoutée (%2).</translation>
    </message>
    <message>
        <source>Connection test: ok.</source>
        <translation>Test de la connexion : ok.</translation>
    </message>
    <message>
        <source>the connection was added, but its test failed: %1</source>
        <translation>la connexion a été ajoutée, mais son test a échoué : %1</translation>
    </message>
    <message>
        <source>New name.</source>
        <translation>Nouveau nom.</translation>
    </message>
    <message>
        <source>connections edit takes one NAME</source>
        <translation>connections edit attend un NAME</translation>
    </message>
    <message>
        <source>--set: %1 is a secret: give it on standard input with --secret-stdin</source>
        <translation>--set : %1 est un secret : fournissez-le sur l&apos;entrée standard avec --secret-stdin</translation>
    </message>
    <message>
        <source>Changed the connection &quot;%1&quot;.</source>
        <translation>Connexion &quot;%1&quot; modifiée.</translation>
    </message>
    <message>
        <source>connections remove takes one NAME</source>
        <translation>connections remove attend un NAME</translation>
    </message>
    <message>
        <source>Removed the connection &quot;%1&quot; and its secrets; the leads stay.</source>
        <translation>Connexion &quot;%1&quot; et ses secrets supprimés ; les leads restent.</translation>
    </message>
    <message>
        <source>connections test takes one NAME</source>
        <translation>connections test attend un NAME</translation>
    </message>
    <message>
        <source>%1: the connection works.</source>
        <translation>%1 : la connexion fonctionne.</translation>
    </message>
    <message>
        <source>connections mapping takes one NAME</source>
        <translation>connections mapping attend un NAME</translation>
    </message>
    <message>
        <source>%1 &lt;-&gt; %2:</source>
        <translation>%1 &lt;-&gt; %2 :</translation>
    </message>
    <message>
        <source>both, push or pull.</source>
        <translation>both, push ou pull.</translation>
    </message>
    <message>
        <source>An empty value may replace a filled one.</source>
        <translation>Une valeur vide peut remplacer une valeur renseignée.</translation>
    </message>
    <message>
        <source>connections map takes NAME lead|deal LOCAL_FIELD CRM_FIELD</source>
        <translation>connections map attend NAME lead|deal LOCAL_FIELD CRM_FIELD</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not lead or deal</source>
        <translation>&quot;%1&quot; n&apos;est ni lead ni deal</translation>
    </message>
    <message>
        <source>--direction: &quot;%1&quot; is not both, push or pull</source>
        <translation>--direction : &quot;%1&quot; n&apos;est ni both, ni push, ni pull</translation>
    </message>
    <message>
        <source>%1 has no field &quot;%2&quot;</source>
        <translation>%1 n&apos;a pas de champ &quot;%2&quot;</translation>
    </message>
    <message>
        <source>leadbench-cli: note: %1 is not one of %2&apos;s standard fields; it must exist in the CRM.</source>
        <translation>leadbench-cli : remarque : %1 ne fait pas partie des champs standard de %2 ; il doit exister dans le CRM.</translation>
    </message>
    <message>
        <source>%1: %2 &lt;-&gt; %3 (%4).</source>
        <translation>%1 : %2 &lt;-&gt; %3 (%4).</translation>
    </message>
    <message>
        <source>connections unmap takes NAME lead|deal LOCAL_FIELD</source>
        <translation>connections unmap attend NAME lead|deal LOCAL_FIELD</translation>
    </message>
    <message>
        <source>%1 does not map &quot;%2&quot;</source>
        <translation>%1 ne mappe pas &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: %2 is no longer synced.</source>
        <translation>%1 : %2 n&apos;est plus synchronisé.</translation>
    </message>
    <message>
        <source>connections reset-mapping takes one NAME</source>
        <translation>connections reset-mapping attend un NAME</translation>
    </message>
    <message>
        <source>%1: the connector&apos;s default field mapping is back.</source>
        <translation>%1 : le mappage des champs par défaut du connecteur est rétabli.</translation>
    </message>
    <message>
        <source>How many runs.</source>
        <translation>Nombre d&apos;exécutions.</translation>
    </message>
    <message>
        <source>connections log takes one NAME</source>
        <translation>connections log attend un NAME</translation>
    </message>
    <message>
        <source>Run of %1: %2 — %3</source>
        <translation>Exécution de %1 : %2 — %3</translation>
    </message>
    <message>
        <source>Compare every record.</source>
        <translation>Comparer chaque enregistrement.</translation>
    </message>
    <message>
        <source>Write nothing; show what would change.</source>
        <translation>Ne rien écrire ; montrer ce qui changerait.</translation>
    </message>
    <message>
        <source>sync takes one CONNECTION (see &quot;leadbench-cli connections list&quot;)</source>
        <translation>sync attend une CONNECTION (voir &quot;leadbench-cli connections list&quot;)</translation>
    </message>
    <message>
        <source>Dry run: nothing was written. What a sync would do:</source>
        <translation>Simulation : rien n&apos;a été écrit. Ce que ferait une synchronisation :</translation>
    </message>
    <message>
        <source>here</source>
        <translation>ici</translation>
    </message>
    <message>
        <source>%1 %2: &quot;%3&quot; -&gt; &quot;%4&quot;</source>
        <translation>%1 %2 : &quot;%3&quot; -&gt; &quot;%4&quot;</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more change(s).</source>
        <translation>
            <numerusform>... et %n autre modification.</numerusform>
            <numerusform>... et %n autres modifications.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Refused by %1 (they stay queued; fix them and sync again):</source>
        <translation>Refusés par %1 (ils restent en file d&apos;attente ; corrigez-les et synchronisez à nouveau) :</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) wait for your choice: &quot;leadbench-cli conflicts list&quot;.</source>
        <translation>
            <numerusform>%n conflit attend votre choix : &quot;leadbench-cli conflicts list&quot;.</numerusform>
            <numerusform>%n conflits attendent votre choix : &quot;leadbench-cli conflicts list&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>conflicts needs list, resolve or resolve-all</source>
        <translation>conflicts attend list, resolve ou resolve-all</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>Aucun conflit.</translation>
    </message>
    <message>
        <source>deleted in the CRM, changed here</source>
        <translation>supprimé dans le CRM, modifié ici</translation>
    </message>
    <message>
        <source>%1: here &quot;%2&quot;, in the CRM &quot;%3&quot;</source>
        <translation>%1 : ici &quot;%2&quot;, dans le CRM &quot;%3&quot;</translation>
    </message>
    <message>
        <source>conflicts resolve takes ID local|remote</source>
        <translation>conflicts resolve attend ID local|remote</translation>
    </message>
    <message>
        <source>Settled; the next sync sends or keeps it.</source>
        <translation>Réglé ; la prochaine synchronisation l&apos;envoie ou le conserve.</translation>
    </message>
    <message>
        <source>conflicts resolve-all takes CONNECTION local|remote</source>
        <translation>conflicts resolve-all attend CONNECTION local|remote</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) settled.</source>
        <translation>
            <numerusform>%n conflit réglé.</numerusform>
            <numerusform>%n conflits réglés.</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown conflicts command &quot;%1&quot;</source>
        <translation>commande conflicts inconnue &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>The connection #%1 no longer exists.</source>
        <translation>La connexion n° %1 n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Synced from %1</source>
        <translation>Synchronisé depuis %1</translation>
    </message>
    <message>
        <source>Dry run of %1 (%2): nothing is written.</source>
        <translation>Simulation de %1 (%2) : rien n&apos;est écrit.</translation>
    </message>
    <message>
        <source>Full sync of %1 (%2).</source>
        <translation>Synchronisation complète de %1 (%2).</translation>
    </message>
    <message>
        <source>Sync of %1 (%2).</source>
        <translation>Synchronisation de %1 (%2).</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>%1 pulled, %2 pushed, %3 failed, %4 new conflicts; %5 requests.</source>
        <translation>%1 reçus, %2 envoyés, %3 en échec, %4 nouveaux conflits ; %5 requêtes.</translation>
    </message>
    <message>
        <source>Pulling %1… %2</source>
        <translation>Réception de %1… %2</translation>
    </message>
    <message>
        <source>%1 linked to the CRM&apos;s record %2 (same e-mail).</source>
        <translation>%1 lié à l&apos;enregistrement %2 du CRM (même e-mail).</translation>
    </message>
    <message>
        <source>%1: changed here and in the CRM (%2); waiting for your choice.</source>
        <translation>%1 : modifié ici et dans le CRM (%2) ; en attente de votre choix.</translation>
    </message>
    <message>
        <source>changed here</source>
        <translation>modifié ici</translation>
    </message>
    <message>
        <source>deleted in the CRM</source>
        <translation>supprimé dans le CRM</translation>
    </message>
    <message>
        <source>%1 was deleted in the CRM but changed here; waiting for your choice.</source>
        <translation>%1 a été supprimé dans le CRM mais modifié ici ; en attente de votre choix.</translation>
    </message>
    <message>
        <source>%1 was deleted in the CRM: deleted here too.</source>
        <translation>%1 a été supprimé dans le CRM : supprimé ici aussi.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>%1 no longer exists in the CRM; it is created again.</source>
        <translation>%1 n&apos;existe plus dans le CRM ; il est recréé.</translation>
    </message>
    <message>
        <source>the CRM already has it as record %1, which is linked to %2: merge the two here</source>
        <translation>le CRM l&apos;a déjà sous l&apos;enregistrement %1, qui est lié à %2 : fusionnez les deux ici</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 already exists in the CRM (record %2, %3): linked and merged.</source>
        <translation>%1 existe déjà dans le CRM (enregistrement %2, %3) : lié et fusionné.</translation>
    </message>
    <message>
        <source>%1 was refused by the CRM: %2</source>
        <translation>%1 a été refusé par le CRM : %2</translation>
    </message>
    <message>
        <source>the CRM did not answer for this record</source>
        <translation>le CRM n&apos;a pas répondu pour cet enregistrement</translation>
    </message>
    <message>
        <source>Pushing %1… %L2 of %L3</source>
        <translation>Envoi de %1… %L2 sur %L3</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>succeeded</source>
        <translation>réussie</translation>
    </message>
    <message>
        <source>done, but the CRM refused some records</source>
        <translation>terminée, mais le CRM a refusé certains enregistrements</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>never run</source>
        <translation>jamais exécutée</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>CRM connections</source>
        <translation>Connexions CRM</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Tester</translation>
    </message>
    <message>
        <source>Field &amp;Mapping…</source>
        <translation>&amp;Mappage des champs…</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <source>&amp;Full (compare every record)</source>
        <translation>&amp;Complète (comparer chaque enregistrement)</translation>
    </message>
    <message>
        <source>Full sync</source>
        <translation>Synchronisation complète</translation>
    </message>
    <message>
        <source>&amp;Dry Run…</source>
        <translation>Si&amp;mulation…</translation>
    </message>
    <message>
        <source>Shows what a sync would change, field by field, without writing anything.</source>
        <translation>Montre ce qu&apos;une synchronisation modifierait, champ par champ, sans rien écrire.</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>Conflicts…</source>
        <translation>Conflits…</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Progression de la synchronisation</translation>
    </message>
    <message>
        <source>Log of the last run:</source>
        <translation>Journal de la dernière exécution :</translation>
    </message>
    <message>
        <source>Sync log</source>
        <translation>Journal de synchronisation</translation>
    </message>
    <message>
        <source>Connect Leadbench to HubSpot or Salesforce to share leads and deals with your team: &quot;Add…&quot; a connection, then &quot;Sync Now&quot;. Leadbench keeps working offline and sends your changes when you sync.</source>
        <translation>Connectez Leadbench à HubSpot ou Salesforce pour partager leads et affaires avec votre équipe : « Ajouter… » une connexion, puis « Synchroniser maintenant ». Leadbench continue de fonctionner hors ligne et envoie vos modifications lors de la synchronisation.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (plug-in &quot;%2&quot; missing)</source>
        <translation>%1 (plug-in « %2 » manquant)</translation>
    </message>
    <message>
        <source>Last sync %1 %2: %3</source>
        <translation>Dernière synchronisation %1 %2 : %3</translation>
    </message>
    <message>
        <source>Not synced yet.</source>
        <translation>Pas encore synchronisé.</translation>
    </message>
    <message>
        <source>Changes waiting to be sent: %1.</source>
        <translation>Modifications en attente d&apos;envoi : %1.</translation>
    </message>
    <message>
        <source>No changes waiting to be sent.</source>
        <translation>Aucune modification en attente d&apos;envoi.</translation>
    </message>
    <message>
        <source>Conflicts (%1)…</source>
        <translation>Conflits (%1)…</translation>
    </message>
    <message>
        <source>Connection added. Test it, then Sync Now.</source>
        <translation>Connexion ajoutée. Testez-la, puis Synchroniser maintenant.</translation>
    </message>
    <message>
        <source>Remove Connection</source>
        <translation>Retirer la connexion</translation>
    </message>
    <message>
        <source>Remove the connection &quot;%1&quot; and its secrets from the keychain? The leads stay here and in the CRM; they are simply no longer synced.</source>
        <translation>Retirer la connexion « %1 » et ses secrets du trousseau ? Les leads restent ici et dans le CRM ; ils ne sont simplement plus synchronisés.</translation>
    </message>
    <message>
        <source>Test Connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>The connection works.</source>
        <translation>La connexion fonctionne.</translation>
    </message>
    <message>
        <source>Dry Run</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Cancelling after the request in flight…</source>
        <translation>Annulation après la requête en cours…</translation>
    </message>
    <message>
        <source>Error: </source>
        <translation>Erreur : </translation>
    </message>
    <message>
        <source>Warning: </source>
        <translation>Avertissement : </translation>
    </message>
    <message>
        <source>Sync %1: %2</source>
        <translation>Synchronisation %1 : %2</translation>
    </message>
</context>
<context>
    <name>SyncStore</name>
    <message>
        <source>There is no connection named &quot;%1&quot; (this workspace has none yet).</source>
        <translation>Il n&apos;y a pas de connexion nommée « %1 » (cet espace de travail n&apos;en a encore aucune).</translation>
    </message>
    <message>
        <source>There is no connection named &quot;%1&quot; (connections: %2).</source>
        <translation>Il n&apos;y a pas de connexion nommée « %1 » (connexions : %2).</translation>
    </message>
    <message>
        <source>A connection needs a name.</source>
        <translation>Une connexion doit avoir un nom.</translation>
    </message>
    <message>
        <source>A connection named &quot;%1&quot; already exists.</source>
        <translation>Une connexion nommée « %1 » existe déjà.</translation>
    </message>
    <message>
        <source>A field mapping needs a Leadbench field and a CRM field.</source>
        <translation>Un mappage de champ requiert un champ Leadbench et un champ du CRM.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is mapped twice.</source>
        <translation>Le champ « %1 » est mappé deux fois.</translation>
    </message>
    <message>
        <source>The CRM field &quot;%1&quot; is mapped twice.</source>
        <translation>Le champ du CRM « %1 » est mappé deux fois.</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>Edit task</source>
        <translation>Modifier la tâche</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Nouvelle tâche</translation>
    </message>
    <message>
        <source>Lead:</source>
        <translation>Lead :</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>Aucun rappel</translation>
    </message>
    <message>
        <source>At the due time</source>
        <translation>À l&apos;échéance</translation>
    </message>
    <message>
        <source>15 minutes before</source>
        <translation>15 minutes avant</translation>
    </message>
    <message>
        <source>1 hour before</source>
        <translation>1 heure avant</translation>
    </message>
    <message>
        <source>1 day before</source>
        <translation>1 jour avant</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Commercial</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;itre :</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Échéance :</translation>
    </message>
    <message>
        <source>&amp;Reminder:</source>
        <translation>&amp;Rappel :</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Pour :</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes :</translation>
    </message>
    <message>
        <source>The task needs a title (what to do).</source>
        <translation>La tâche doit avoir un titre (ce qu&apos;il faut faire).</translation>
    </message>
</context>
<context>
    <name>TaskRepository</name>
    <message>
        <source>A task needs a title.</source>
        <translation>Une tâche doit avoir un titre.</translation>
    </message>
    <message>
        <source>A task needs a due date.</source>
        <translation>Une tâche doit avoir une échéance.</translation>
    </message>
    <message>
        <source>Lead #%1 does not exist.</source>
        <translation>Le lead n° %1 n&apos;existe pas.</translation>
    </message>
</context>
<context>
    <name>TaskType</name>
    <message>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>To-do</source>
        <translation>À faire</translation>
    </message>
</context>
<context>
    <name>Temperature</name>
    <message>
        <source>Hot</source>
        <translation>Chaud</translation>
    </message>
    <message>
        <source>Warm</source>
        <translation>Tiède</translation>
    </message>
    <message>
        <source>Cold</source>
        <translation>Froid</translation>
    </message>
</context>
<context>
    <name>TextEncoding</name>
    <message>
        <source>Detect automatically</source>
        <translation>Détecter automatiquement</translation>
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
        <translation>Europe occidentale (Windows-1252)</translation>
    </message>
    <message>
        <source>Western European (ISO-8859-1)</source>
        <translation>Europe occidentale (ISO-8859-1)</translation>
    </message>
    <message>
        <source>Greek (Windows-1253)</source>
        <translation>Grec (Windows-1253)</translation>
    </message>
</context>
<context>
    <name>TradeShow</name>
    <message>
        <source>The cost of an event cannot be negative.</source>
        <translation>Le coût d&apos;un événement ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>The event ends before it starts.</source>
        <translation>L&apos;événement se termine avant de commencer.</translation>
    </message>
    <message>
        <source>A campaign named &quot;%1&quot; exists already.</source>
        <translation>Une campagne nommée « %1 » existe déjà.</translation>
    </message>
    <message>
        <source>Type at least a name, an e-mail address or a company.</source>
        <translation>Saisissez au moins un nom, une adresse e-mail ou une entreprise.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Consent needs the wording the person agreed to.</source>
        <translation>Le consentement requiert le texte accepté par la personne.</translation>
    </message>
    <message>
        <source>There is no event #%1.</source>
        <translation>Il n&apos;y a pas d&apos;événement n° %1.</translation>
    </message>
    <message>
        <source>Trade show: %1</source>
        <translation>Salon : %1</translation>
    </message>
    <message>
        <source>Captured at %1</source>
        <translation>Capté à %1</translation>
    </message>
    <message>
        <source>Interest: %1</source>
        <translation>Intérêt : %1</translation>
    </message>
    <message>
        <source>product: %1</source>
        <translation>produit : %1</translation>
    </message>
    <message>
        <source>Met at %1</source>
        <translation>Rencontré à %1</translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation>même e-mail</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>même téléphone</translation>
    </message>
    <message>
        <source>same name and company</source>
        <translation>même nom et même entreprise</translation>
    </message>
    <message>
        <source>similar name, same company</source>
        <translation>nom similaire, même entreprise</translation>
    </message>
    <message>
        <source>Choose at least one rep.</source>
        <translation>Choisissez au moins un commercial.</translation>
    </message>
    <message>
        <source>I agree that my details are used to contact me about this event&apos;s products and offers. I can unsubscribe at any time.</source>
        <translation>J&apos;accepte que mes coordonnées soient utilisées pour me contacter au sujet des produits et offres de cet événement. Je peux me désabonner à tout moment.</translation>
    </message>
</context>
<context>
    <name>TradeShowPage</name>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>New event…</source>
        <translation>Nouvel événement…</translation>
    </message>
    <message>
        <source>Start capture mode</source>
        <translation>Démarrer le mode saisie</translation>
    </message>
    <message>
        <source>Event:</source>
        <translation>Événement :</translation>
    </message>
    <message>
        <source>Consent wording shown at capture and stored with each lead</source>
        <translation>Texte de consentement affiché à la saisie et enregistré avec chaque lead</translation>
    </message>
    <message>
        <source>Consent wording</source>
        <translation>Texte de consentement</translation>
    </message>
    <message>
        <source>After the event</source>
        <translation>Après l&apos;événement</translation>
    </message>
    <message>
        <source>Leads captured at this event</source>
        <translation>Leads captés lors de cet événement</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Intérêt</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Capté le</translation>
    </message>
    <message>
        <source>Assign unowned leads to reps in turn…</source>
        <translation>Attribuer à tour de rôle les leads sans propriétaire aux commerciaux…</translation>
    </message>
    <message>
        <source>Trade show</source>
        <translation>Salon</translation>
    </message>
    <message>
        <source>No event yet: create one to start capturing leads.</source>
        <translation>Aucun événement pour l&apos;instant : créez-en un pour commencer à capter des leads.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>Du %1 au %2</translation>
    </message>
    <message>
        <source>%1 · cost %2</source>
        <translation>%1 · coût %2</translation>
    </message>
    <message>
        <source>The consent wording cannot be empty: it is what people agree to.</source>
        <translation>Le texte de consentement ne peut pas être vide : c&apos;est ce que les personnes acceptent.</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Nouvel événement</translation>
    </message>
    <message>
        <source>Event name</source>
        <translation>Nom de l&apos;événement</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Stand, travel, staff, material: what the event costs in all</source>
        <translation>Stand, déplacements, personnel, matériel : le coût total de l&apos;événement</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Au :</translation>
    </message>
    <message>
        <source>&amp;Cost:</source>
        <translation>&amp;Coût :</translation>
    </message>
    <message>
        <source>The event needs a name.</source>
        <translation>L&apos;événement doit avoir un nom.</translation>
    </message>
    <message>
        <source>Assign to reps</source>
        <translation>Attribuer aux commerciaux</translation>
    </message>
    <message>
        <source>The event&apos;s leads without an owner go to these reps in turn, hot leads first:</source>
        <translation>Les leads de l&apos;événement sans propriétaire sont confiés à ces commerciaux à tour de rôle, leads chauds d&apos;abord :</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) assigned.</source>
        <translation>
            <numerusform>%n lead attribué.</numerusform>
            <numerusform>%n leads attribués.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enrol the event&apos;s leads in a follow-up sequence…</source>
        <translation>Inscrire les leads de l&apos;événement dans une séquence de relance…</translation>
    </message>
    <message>
        <source>Enrol in a follow-up sequence</source>
        <translation>Inscrire dans une séquence de relance</translation>
    </message>
    <message>
        <source>Nobody was captured at this event yet.</source>
        <translation>Personne n&apos;a encore été capté lors de cet événement.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s) captured (%1 new, %2 already known) · hot %3, warm %4, cold %5 · %6 with consent · cost per lead %7 · %8 without an owner</source>
        <translation>
            <numerusform>%Ln lead capté (%1 nouveaux, %2 déjà connus) · chauds %3, tièdes %4, froids %5 · %6 avec consentement · coût par lead %7 · %8 sans propriétaire</numerusform>
            <numerusform>%Ln leads captés (%1 nouveaux, %2 déjà connus) · chauds %3, tièdes %4, froids %5 · %6 avec consentement · coût par lead %7 · %8 sans propriétaire</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VCard</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>the card has no END:VCARD before the next card</source>
        <translation>la carte n&apos;a pas de END:VCARD avant la carte suivante</translation>
    </message>
    <message>
        <source>the card has no END:VCARD (the file ends inside it)</source>
        <translation>la carte n&apos;a pas de END:VCARD (le fichier se termine à l&apos;intérieur)</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>it looks like a JPEG image</source>
        <translation>cela ressemble à une image JPEG</translation>
    </message>
    <message>
        <source>it looks like a PNG image</source>
        <translation>cela ressemble à une image PNG</translation>
    </message>
    <message>
        <source>it looks like a PDF document</source>
        <translation>cela ressemble à un document PDF</translation>
    </message>
    <message>
        <source>it looks like a ZIP archive or an office document</source>
        <translation>cela ressemble à une archive ZIP ou à un document bureautique</translation>
    </message>
    <message>
        <source>it looks like a GIF image</source>
        <translation>cela ressemble à une image GIF</translation>
    </message>
    <message>
        <source>it looks like a text file</source>
        <translation>cela ressemble à un fichier texte</translation>
    </message>
    <message>
        <source>it is not an SQLite database</source>
        <translation>ce n&apos;est pas une base de données SQLite</translation>
    </message>
    <message>
        <source>%1 has changes in its journal (%1-wal) that cannot be read because the folder is read-only. Open it where the folder is writable.</source>
        <translation>%1 a des modifications dans son journal (%1-wal) qui ne peuvent pas être lues car le dossier est en lecture seule. Ouvrez-le dans un dossier accessible en écriture.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read (%2). The file was not changed; restore it from a backup.</source>
        <translation>%1 est endommagé et ne peut pas être lu (%2). Le fichier n&apos;a pas été modifié ; restaurez-le depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a workspace file.</source>
        <translation>%1 est un dossier, pas un fichier d&apos;espace de travail.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a Leadbench workspace: %2. The file was not changed.</source>
        <translation>%1 n&apos;est pas un espace de travail Leadbench : %2. Le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another application, not a Leadbench workspace. The file was not changed.</source>
        <translation>%1 est une base de données SQLite d&apos;une autre application, pas un espace de travail Leadbench. Le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 was saved by a newer version of Leadbench (workspace format %2; this version reads formats up to %3). Update Leadbench to open it. The file was not changed.</source>
        <translation>%1 a été enregistré par une version plus récente de Leadbench (format d&apos;espace de travail %2 ; cette version lit les formats jusqu&apos;à %3). Mettez Leadbench à jour pour l&apos;ouvrir. Le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 is damaged: the integrity check found %2. The file was not changed; restore it from a backup.</source>
        <translation>%1 est endommagé : la vérification d&apos;intégrité a détecté %2. Le fichier n&apos;a pas été modifié ; restaurez-le depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 is in an older format and must be upgraded, which read-only access does not allow.</source>
        <translation>%1 est dans un ancien format et doit être mis à niveau, ce que l&apos;accès en lecture seule ne permet pas.</translation>
    </message>
    <message>
        <source>%1 is not a workspace yet and cannot be created read-only.</source>
        <translation>%1 n&apos;est pas encore un espace de travail et ne peut pas être créé en lecture seule.</translation>
    </message>
    <message>
        <source>opened read-only</source>
        <translation>ouvert en lecture seule</translation>
    </message>
    <message>
        <source>The file is read-only.</source>
        <translation>Le fichier est en lecture seule.</translation>
    </message>
    <message>
        <source>the file or its folder is read-only</source>
        <translation>le fichier ou son dossier est en lecture seule</translation>
    </message>
    <message>
        <source>%1 is damaged: the integrity check found %2. The file was not changed.</source>
        <translation>%1 est endommagé : la vérification d&apos;intégrité a détecté %2. Le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>A workspace cannot be restored from itself.</source>
        <translation>Un espace de travail ne peut pas être restauré à partir de lui-même.</translation>
    </message>
    <message>
        <source>%1 is an empty file, not a backup.</source>
        <translation>%1 est un fichier vide, pas une sauvegarde.</translation>
    </message>
    <message>
        <source>Cannot keep a copy of %1 before restoring; nothing was changed.</source>
        <translation>Impossible de conserver une copie de %1 avant la restauration ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Cannot replace %1; the restored copy is at %2.</source>
        <translation>Impossible de remplacer %1 ; la copie restaurée se trouve dans %2.</translation>
    </message>
</context>
<context>
    <name>WorkspaceDialog</name>
    <message>
        <source>Leadbench workspaces (*.leadbench);;All files (*)</source>
        <translation>Espaces de travail Leadbench (*.leadbench);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>Espaces de travail</translation>
    </message>
    <message>
        <source>Recent workspaces:</source>
        <translation>Espaces de travail récents :</translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation>Espaces de travail récents</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>introuvable</translation>
    </message>
    <message>
        <source>%1 MB, changed %2</source>
        <translation>%1 Mo, modifié le %2</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Open &amp;file…</source>
        <translation>Ouvrir un &amp;fichier…</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <source>&amp;Default workspace</source>
        <translation>Espace de travail par &amp;défaut</translation>
    </message>
    <message>
        <source>&amp;Remove from list</source>
        <translation>&amp;Retirer de la liste</translation>
    </message>
    <message>
        <source>Removes the entry from this list; the file stays where it is.</source>
        <translation>Retire l&apos;entrée de cette liste ; le fichier reste où il est.</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Ouvrir un espace de travail</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Nouvel espace de travail</translation>
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
        <translation>Leadbench : un outil de vente et de marketing conçu pour fonctionner hors ligne.</translation>
    </message>
    <message>
        <source>Open the workspace at PATH (created if missing) instead of the last one used.</source>
        <translation>Ouvrir l&apos;espace de travail situé à PATH (créé s&apos;il n&apos;existe pas) au lieu du dernier utilisé.</translation>
    </message>
    <message>
        <source>Read and write settings in FILE.</source>
        <translation>Lire et écrire les paramètres dans FILE.</translation>
    </message>
</context>
</TS>
