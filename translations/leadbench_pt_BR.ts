<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Log a call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log an e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left a voicemail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked to call back later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject and summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to remember about this lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was said, what comes next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time is in the future: log what happened, and plan what comes next as a task.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityType</name>
    <message>
        <source>Subscribed to the e-mail list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail link clicked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail bounced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webinar attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free trial started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met at an event</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>Cannot back up to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BantDialog</name>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished">Desconhecido</translation>
    </message>
    <message>
        <source>Qualify %1 (BANT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Budget: can they afford it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Authority: can this person decide?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Influencer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision maker&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who decides, when it is someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision maker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Need: do they really need it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the problem they want solved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timing: when will they buy?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date or a quarter, e.g. Q2 2027</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery needed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule for SQL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepting moves the lead to SQL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepting moves the lead to Nurturing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for nurturing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required: why not now, e.g. budget frozen until next year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to SQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to Nurturing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for nurturing: it goes into the stage history and the follow-up.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BantRule</name>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales qualified: %1 of 4 met (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not qualified: %1 is required and not met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not qualified: %1 of 4 met, %2 needed (missing: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all four criteria met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the four criteria met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the four criteria met, including %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of criteria to meet is from 1 to 4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More criteria are required (%1) than need to be met (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignRepository</name>
    <message>
        <source>A campaign needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaptureWindow</name>
    <message>
        <source>Capture — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Warm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product interest:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter saves; Shift+Enter starts a new line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent given to the wording below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and next (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in the workspace?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as a new lead instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update the selected lead instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead being typed last time is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %1 (#%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 (#%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter will update %1 (#%2) instead of creating a lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today: %1 · At this event: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The badge could not be read; type the details instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge read: check the details, choose the interest, then Enter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeStageDialog</name>
    <message>
        <source>Change lifecycle stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why, for the stage history (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason: the stage history records why each lead moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL (through the BANT qualification)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckableComboBox</name>
    <message>
        <source>%1: any</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>leadbench-cli: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;leadbench-cli --help&quot; for the commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db needs a path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of leads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average activities per lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo takes no arguments, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--leads: &quot;%1&quot; is not a number of leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--activities-per-lead: &quot;%1&quot; is not a number from 0 to 50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed: &quot;%1&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 leads, %2 activities and %3 deals to %4 in %5 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leads needs a subcommand: list or show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown leads subcommand &quot;%1&quot; (list, show)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stages, comma-separated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner name, or &quot;none&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hot, warm or cold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A saved segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descending order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ascending order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N leads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the first N leads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leads list takes no arguments, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit: &quot;%1&quot; is not a number from 0 to 1000000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--offset: &quot;%1&quot; is not a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leadbench-cli: no segment named &quot;%1&quot; in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--stage: unknown stage &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leadbench-cli: no rep named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--temperature: &quot;%1&quot; is not hot, warm or cold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sort: unknown column &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leads show needs one lead id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a lead id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leadbench-cli: there is no lead %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segments needs the subcommand list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup needs one output file: leadbench-cli backup OUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup: %1 is a folder; give a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup: the output is the workspace itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up %1 to %2 (%3 MB) in %4 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore needs one backup file: leadbench-cli restore IN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace as it was is kept in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leadbench-cli: %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: ok (workspace format %2%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, will be upgraded to %1 when opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>events needs a subcommand: list or summary NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>events summary needs the event&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leadbench-cli: no event named &quot;%1&quot; in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queue needs --rep NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit: &quot;%1&quot; is not a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead to route.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every MQL without an owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>route needs --lead ID or --unassigned-mqls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lead: &quot;%1&quot; is not a lead id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain the score of lead ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-score every lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold advisor and attribute lift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the rule set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the rule set with a JSON file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time decay is relative to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score takes no arguments, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score needs exactly one of --explain ID, --all, --advise, --rules, --set-rules FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--now: &quot;%1&quot; is not an ISO date and time (e.g. 2026-03-01T12:00:00Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--explain: &quot;%1&quot; is not a lead id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (#%2): score %3 (%4), stage %5, MQL threshold %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored score is %1 (from the last re-score; time has moved on since).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1	total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 leads, %2 with a known outcome: %3 customers, %4 lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>threshold	customers above	leads to sales	precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (current)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (suggested)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lift %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MQL threshold %1; warm from %2, hot from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, at most %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, half-life %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-scored %1 leads in %2 s: %3 scores changed, %4 leads became MQL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leadbench-cli: cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leadbench-cli: %1: not a JSON object (%2 at byte %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leadbench-cli: %1: %2 Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-scored from the command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the file holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skip, fill or overwrite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field delimiter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A saved column mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COLUMN=FIELD, repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the mapping used under a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of activities without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write the rejected rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows per transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start over instead of resuming an interrupted import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a JSON report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import needs one file: leadbench-cli import FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind: &quot;%1&quot; is not leads, activities, campaigns or deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--on-duplicate: &quot;%1&quot; is not skip, fill or overwrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--encoding: &quot;%1&quot; is not one of auto, utf-8, utf-16le, utf-16be, windows-1252, iso-8859-1, windows-1253</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--delimiter: &quot;%1&quot; is not one ASCII character (or comma, semicolon, tab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--batch: &quot;%1&quot; is not a number from 1 to 1000000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--activity-type: unknown type &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leadbench-cli: %1 does not exist or is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leadbench-cli: %1 is read-only: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leadbench-cli: no saved mapping named &quot;%1&quot; for %2 (saved: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--map: the file has no column &quot;%1&quot; (columns: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--map: &quot;%1&quot; is not a field (fields: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leadbench-cli: cannot write the report %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resumed import #%1 at line %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected rows, with their line and the reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo it with: leadbench-cli --db %1 imports undo %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of the mappings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 read, %2 created, %3 merged, %4 rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imports undo needs an import id (see leadbench-cli imports list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undid import #%1: %2 rows removed, %3 rows given back their values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of the removed leads had been edited after the import.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>unknown imports subcommand &quot;%1&quot; (list, undo, mappings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csv or vcard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead ids, comma-separated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the CSV with a byte-order mark (Excel).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV delimiter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep cells starting with = + - @ as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export needs one output file: leadbench-cli export FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format: &quot;%1&quot; is not csv or vcard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--delimiter: &quot;%1&quot; is not comma, semicolon or tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ids: &quot;%1&quot; is not a lead id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deals needs a subcommand: list, show, add or move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown deals subcommand &quot;%1&quot; (list, show, add, move)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words in title or company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing on or after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing on or before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N deals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the first N deals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deals list takes no arguments, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--close-from/--close-to: dates are written YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leadbench-cli: no pipeline named &quot;%1&quot; in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leadbench-cli: no stage named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leadbench-cli: stage &quot;%1&quot; is in several pipelines; say which with --pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deals show needs one deal id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a deal id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leadbench-cli: there is no deal %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO currency code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected close date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability in percent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deals add needs one title (quote it when it has spaces)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--amount: &quot;%1&quot; is not a number (write it as 12500.50)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--close: &quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--probability: &quot;%1&quot; is not a percentage from 0 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leadbench-cli: no pipeline named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leadbench-cli: pipeline &quot;%1&quot; has no stage &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added deal %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead %1 is now at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close date (Won, Lost).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it was won or lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross margin of a won deal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deals move needs a deal id and a stage: leadbench-cli deals move ID STAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date: &quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--margin: &quot;%1&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leadbench-cli: pipeline &quot;%1&quot; has no stage &quot;%2&quot; (its stages: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved deal %1 (%2) to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pipelines needs the subcommand list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (weighted %3)</source>
        <translation type="unfinished"></translation>
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
%2
Options:
  --db PATH     the workspace file
  --lang CODE   the language of messages: en, fr, pt_BR, it, el or system; default: the
                language chosen in Leadbench&apos;s preferences, else the system&apos;s (LANGUAGE,
                LC_ALL, LC_MESSAGES, LANG). Output for programs (--json, CSV) never changes.
  -h, --help    this help
  --version     the version

Exit codes: 0 done, 1 failed (the message says why), 2 wrong command line.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang needs a language code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang: &quot;%1&quot; is not one of system, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 of %L2 leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion rate by attribute (overall %1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 rows read (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import #%1 of %2: %L3 rows read, %L4 created, %L5 merged (%L6 unchanged), %L7 rejected, in %L8 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %L1 leads to %2 in %L3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 of %L2 deals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloseDealDialog</name>
    <message>
        <source>Deal won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is won.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Won on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lost on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best fit for their need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faster to deliver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why we won (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now: budget frozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Went with a competitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price too high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it was lost (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross &amp;margin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason the deal was lost: the win/loss analysis counts on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross margin: &quot;%1&quot; is not a number (write it as %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>Full name (first and last)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail (subject, page, webinar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won / lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These fields changed both here and in the CRM since the last sync. Choose which value to keep; the next sync sends it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;All of Leadbench&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take All of the &amp;CRM&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the whole record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it here (create it again in the CRM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leadbench&apos;s value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete it here too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CRM&apos;s value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Edit Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. HubSpot (sales team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CRM:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When both sides changed a field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When &amp;both sides changed a field:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets are kept in your system keychain only, never in the workspace or the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No CRM connector plug-ins were found in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged (kept in the keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CRM.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectorRegistry</name>
    <message>
        <source>not a Qt plug-in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>built for another connector interface (%1; this Leadbench needs %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its metadata has no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another plug-in already provides the connector &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its metadata says &quot;%1&quot; but it says it is &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not implement the connector interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connector plug-in &quot;%1&quot;: no plug-ins were found in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connector plug-in &quot;%1&quot; (found: %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>no keychain is reachable (no Secret Service such as GNOME Keyring or KeePassXC, no KWallet: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain refused access (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain failed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret was not stored: %1. Leadbench keeps secrets only in the system keychain; start or unlock it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection&apos;s secret could not be read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a temporary file to read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delimiter must be a single ASCII character (comma, semicolon, tab…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty: it has no header line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: the header line is malformed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted field opened on this line is not closed within 16 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted field opened on this line is never closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a workspace file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DealBoard</name>
    <message>
        <source>No pipeline yet. Create one with &quot;New pipeline&quot;, or add a deal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the deals: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pipeline yet. Create one with Pipeline &gt; New pipeline, or add a deal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) in %1; the sum of their amounts.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the deals of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace is read-only: deals cannot be moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished">E&amp;xcluir</translation>
    </message>
    <message>
        <source>&amp;New deal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 with its stage history? Edit &gt; Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1. Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) in %1; the sum of their amounts, and that sum weighted by each deal&apos;s probability (%2 by default in this stage).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DealCardDelegate</name>
    <message>
        <source>Won %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 d</source>
        <comment>days in the stage</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ rotting, %L1 d</source>
        <comment>days in the stage, past its limit</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DealColumnModel</name>
    <message>
        <source>%1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no company</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DealCommands</name>
    <message>
        <source>New deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DealEditorDialog</name>
    <message>
        <source>Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is being sold, e.g. &quot;40 seats, yearly&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of a name, e-mail or company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lead:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead&apos;s company when empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected close date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Probability:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross &amp;margin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(deleted stage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete deal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead: choose the lead from the list that opens as you type, or clear the field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross margin: &quot;%1&quot; is not a number (write it as %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage default (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DealOutcome</name>
    <message>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished">Abrir</translation>
    </message>
</context>
<context>
    <name>DealRepository</name>
    <message>
        <source>Deal #%1 does not exist (it may have been deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title: a deal needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title: at most 300 characters (%1 given).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount: must be a number of 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount: %1 is more than a desktop pipeline holds (at most 1,000,000,000,000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency: &quot;%1&quot; is not a three-letter ISO code such as EUR, USD or BRL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability: must be between 0 and 100%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross margin: not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected close: not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead: #%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner: rep #%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot find a place for the deal in its column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline &quot;%1&quot; has no open stage for a new deal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage #%1 is not a stage of pipeline &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new deal starts in an open stage, not in &quot;%1&quot;; close it afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal linked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage #%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving &quot;%1&quot; to %2 needs the date it was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close date: %1 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason &quot;%1&quot; was lost: the win/loss analysis counts on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal won: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal lost: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal reopened: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoDialog</name>
    <message>
        <source>Load demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds sales reps, campaigns with their costs, and leads from France, Brazil, Portugal, Italy, Greece and elsewhere, with their e-mail opens, clicks, page visits, meetings, stage history and deals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leads:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping after the current batch…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DryRunDialog</name>
    <message>
        <source>Dry Run — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dry run stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do: both sides agree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leadbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more change(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written. A sync would make these changes (%L1 pulled, %L2 pushed, %L3 conflicts):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicatePolicy</name>
    <message>
        <source>Skip: keep the lead as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill the lead&apos;s empty fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overwrite the lead&apos;s fields with the file&apos;s values</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected leads: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The leads shown (search and filters): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All leads: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (UTF-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV for Excel (UTF-8 with byte-order mark)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCard (.vcf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cells starting with = + - @ get an apostrophe (spreadsheets never run them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to write in an existing folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Cancelar</translation>
    </message>
    <message>
        <source>%1 leads written…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldCondition</name>
    <message>
        <source>is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is one of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is filled in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: give a value to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field or operator in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldMappingDialog</name>
    <message>
        <source>Field Mapping — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which Leadbench field goes to which CRM field. &quot;Leadbench decides&quot; or &quot;CRM decides&quot; makes one side the source of truth for the field; otherwise a field changed on both sides is a conflict. An empty value never replaces a filled one unless you allow it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 field mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leadbench field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source of truth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty may replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore &amp;Defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ↔ %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRM field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both ways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leadbench decides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRM decides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty value may replace a filled one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <source>%1%</source>
        <extracomment>A percentage; %1 is the number. Write the sign as your language does (&quot;%1 %&quot; in French).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message>
        <source>&quot;%1&quot; is not a valid address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain http is refused for %1: the connection would not be encrypted. Use https (plain http is allowed only to this computer, e.g. 127.0.0.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http or https address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3 (tried %4 times).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3; retrying in %4 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: answered %3; retrying in %4 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the HTTP library could not start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HubSpotConnector</name>
    <message>
        <source>HubSpot CRM: contacts and deals, through a private app&apos;s access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://api.hubapi.com unless HubSpot tells you otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private app access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings &gt; Integrations &gt; Private apps in HubSpot; scopes: crm.objects.contacts and crm.objects.deals (read, write), crm.schemas.contacts.write, crm.schemas.deals.write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State/Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country/Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HubSpotSession</name>
    <message>
        <source>HubSpot: no access token is stored for this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking the property %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creating the property %1 (the token needs the crm.schemas.%2.write scope)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot: the search stopped at its result cap; continuing after record %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>searching %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing archived %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot refused the access token while %1: %2. Check the private app&apos;s token in the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot refused %1: %2. The private app needs the scopes crm.objects.contacts.read/write, crm.objects.deals.read/write and crm.schemas.contacts.write/crm.schemas.deals.write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot kept answering &quot;too many requests&quot; while %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot failed while %1 (HTTP %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot refused %1 (HTTP %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the contacts of deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no longer exists in HubSpot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot did not return this record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same e-mail as HubSpot contact %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its e-mail is already used by HubSpot contact %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creating %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updating %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot: deals were saved but not associated with their contacts: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportHistory</name>
    <message>
        <source>There is no import #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import #%1 was already undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A saved mapping needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partly undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished">Arquivo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo This Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Rejects File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates: %1 · by %2 · %3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo import #%1 of %2?

%3 rows it created will be removed and %4 rows it changed get their previous values back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the leads it created were edited since; they are removed too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undoing import #%1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped part of the way. Undo the import again to finish; nothing is undone twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n invalid e-mail(s) kept and flagged.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped at line %L1: importing the same file again resumes it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportKind</name>
    <message>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities (opens, clicks, visits, attendance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign costs and visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV export of another CRM, a bought list, a business-card app&apos;s vCard file, an e-mail tool&apos;s report of opens and clicks, an ad platform&apos;s spend, a list of deals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A .csv, .txt or .vcf file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the file holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It &amp;holds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV and vCard files (*.csv *.txt *.tsv *.vcf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding and delimiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected from the file. If accents or Greek letters look wrong below, choose another encoding; if the columns are not split, another delimiter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first rows of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where each column goes. The table below shows the first rows as they will be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved mappings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Mapping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved mapping:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As they will be saved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows as they will be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (for the next file of the same kind):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A row is the same lead as one already in the workspace, or earlier in the file, when the e-mail is the same (case and spaces ignored); without an e-mail, when the phone digits are; without either, when name and company are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty cells never erase a value. Every import can be undone from File &gt; Import History: the leads it created are removed and the fields it changed get their values back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity type for rows without one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(from the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities without a type are:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import #%1 of this file stopped before its end. It will resume where it stopped, with the columns and duplicate rule it had.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">Concluído</translation>
    </message>
    <message>
        <source>Open the &amp;Rejects File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo This Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (vCard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import column %1 into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>will be rejected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map at least one column to a name, an e-mail, a phone or a company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map a column to the lead&apos;s e-mail (or id): activities are matched to leads by it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map a column to the campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map a column to the deal title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows in; building the indexes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows read: %2 created, %3 merged, %4 rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped after %1 rows, at your request. What was imported stays; running the same import again resumes it, and Undo removes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows read: %1
Created: %2
Merged with existing: %3 (unchanged: %4)
Rejected: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid e-mails kept and flagged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected rows, with their line and the reason, are in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time: %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This import was undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping after the current batch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as %1, delimiter “%2”: %L3 columns.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>Cannot write the rejects file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no e-mail or lead id to match the activity to a lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no lead with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no lead with the e-mail %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown activity type &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no activity type (map a column to it, or choose a type for the whole file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no campaign name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clicks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign &quot;%1&quot; did not exist and was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no deal title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no lead with the e-mail %1 (import the leads first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount &quot;%1&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gross margin &quot;%1&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status &quot;%1&quot; is not won, lost or open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no pipeline stage named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no column is mapped to a name, an e-mail, a phone or a company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no column is mapped to the lead&apos;s e-mail or id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no column is mapped to the campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no column is mapped to the cost, visitors or clicks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no column is mapped to the deal title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid e-mail: kept and flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2. Columns: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot resume at line %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fields where the header has %2 (a delimiter inside a field without quotes?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) were not valid UTF-8 and were read as Windows-1252.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) have an invalid e-mail address: kept as written and flagged.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lead</name>
    <message>
        <source>Lead #%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadBoard</name>
    <message>
        <source>Score %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the leads: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace is read-only: leads cannot be moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create &amp;deal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 for %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadCommands</name>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadDetailPanel</name>
    <message>
        <source>Change stage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished">Excluir</translation>
    </message>
    <message>
        <source>Delete the selected entry of the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per year, in the company&apos;s currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opted in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>form, event or list the consent came from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lead selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsubscribed on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 · updated %2 · lead #%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualify (BANT)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan a follow-up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups, qualifications and assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualifications (BANT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · B %2 A %3 N %4 T %5 · %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget: %1 %2 — Authority: %3 — Need: %4 — Timing: %5 — rule: %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadField</name>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead magnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opt-in date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opt-in source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadFilter</name>
    <message>
        <source>unknown stage &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown temperature &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadFilterBar</name>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name, e-mail, company, notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as segment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the current search and filters under a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the search and all filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search or filter first: a segment saves the current search and filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A segment named &quot;%1&quot; exists. Replace its filters?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the segment &quot;%1&quot;? The leads stay; only the saved filter goes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadMapper</name>
    <message>
        <source>not a lifecycle stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a rep of this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a campaign of this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no name, e-mail, phone or company: nothing identifies the lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n value(s) kept in the notes (%2), e.g. %3.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadMoveGate</name>
    <message>
        <source>Move to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 moves from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales qualified: budget, authority, need and timing are all there (BANT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why, for the stage history (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason: the stage history records why each lead moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved on the lead board</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadRepository</name>
    <message>
        <source>Lead #%1 does not exist (it may have been deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lead cannot be merged with itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged with %1 (#%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner: there is no rep #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign: there is no campaign #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadSource</name>
    <message>
        <source>Newsletter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>White paper / e-book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organic search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landing page form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mailing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cold calling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advertising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bought or rented list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trade show / event</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished">Nome</translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorted by last name, then first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorted by rep, in the order reps were added</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadValidation</name>
    <message>
        <source>The e-mail address contains a space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail address has no &quot;@&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail address has more than one &quot;@&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail address has nothing before the &quot;@&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail address has no domain after the &quot;@&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part before the &quot;@&quot; is longer than 64 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part before the &quot;@&quot; has a misplaced dot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part before the &quot;@&quot; contains a character that e-mail addresses do not allow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain &quot;%1&quot; has no dot (for example example.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain &quot;%1&quot; has an empty part between dots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain &quot;%1&quot; has a part that starts or ends with a hyphen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain &quot;%1&quot; contains a character that domains do not allow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain &quot;%1&quot; ends with a one-letter part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number contains &quot;%1&quot;: use digits, spaces, + ( ) - . / and an extension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The phone number has %n digit(s); a phone number has at least 6.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The phone number has %n digits; international numbers have at most 15.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The company size cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The annual revenue cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown lifecycle stage.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadsPage</name>
    <message>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace has no leads yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add one by hand, or load a demo data set to try Leadbench.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New lead…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load demo data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n leads with their activities? Edit &gt; Undo brings them back.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n leads</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n lead(s). Undo brings them back.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Merge leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select exactly two leads to merge (Ctrl+click the second one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the leads: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody (unassigned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign to rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Give the %n selected lead(s) to:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>assigned by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) assigned to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %n lead(s) routed by the rules.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lifecycle</name>
    <message>
        <source>Subscriber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nurturing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disqualified</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocalRecords</name>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead #%1 does not exist (it may have been deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pipeline #%1 has no stages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled deal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workspaces…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back Up Now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;Demo Data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished">&amp;Desfazer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished">&amp;Refazer</translation>
    </message>
    <message>
        <source>&amp;Find Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Lead…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished">E&amp;xcluir</translation>
    </message>
    <message>
        <source>&amp;Merge Two Leads…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;Stage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log &amp;Call…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Filters as &amp;Segment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Leadbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished">A&amp;juda</translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leadbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (read-only) — Leadbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Leadbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integrity check of %1 found: %2

The workspace is now read-only so nothing more is written to it. Restore it from a backup (File &gt; Restore from Backup).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backup saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leadbench workspaces (*.leadbench)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Open it, or choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leadbench workspaces (*.leadbench);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace %1 with the backup %2?

The workspace as it is now is kept in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 demo leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Leadbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leadbench %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An offline-first workbench for sales and marketing: leads, scoring, qualification, pipeline, nurturing and KPIs, in a local database.

Qt %1 · SQLite %2 · workspace format %3
Workspace: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Leads…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Qualify (BANT)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assign to Rep…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;oute by the Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1: %2 created, %3 merged, %4 rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 leads</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeLeadsDialog</name>
    <message>
        <source>Merge two leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep record:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1, created %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both, one after the other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two leads hold the same values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two leads become one. Pick the record that stays and, where they differ, the value to keep. All %L1 activities and both stage histories are kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewLeadDialog</name>
    <message>
        <source>New lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at least a name, an e-mail address or a company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PipelinePage</name>
    <message>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit stages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New pipeline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete pipeline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New deal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search title, company or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close date from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close date to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;eads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the pipeline (it starts with the usual stages):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the pipeline %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the pipeline %1 and its stages?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the pipeline %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PipelineRepository</name>
    <message>
        <source>Pipeline #%1 does not exist (it may have been deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pipeline needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a pipeline named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage %1 of &quot;%2&quot; has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has two stages named &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage &quot;%1&quot;: the probability must be between 0 and 100%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage &quot;%1&quot;: deals rot after 0 (never) to 3650 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage &quot;%1&quot; does not belong to this pipeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs at least one open stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs exactly one Won stage and one Lost stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stage &quot;%1&quot; holds %n deal(s): move them to another stage before deleting it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stage &quot;%1&quot; holds %n deal(s): its kind (open, won, lost) cannot change while it does.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; holds %n deal(s): move or delete them before deleting the pipeline.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PipelineSettingsDialog</name>
    <message>
        <source>Pipeline settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">Tipo</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rots after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals move from left to right. A pipeline has one Won and one Lost stage; a stage that holds deals cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days after which deals rot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New stage</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 TB</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deal&apos;s amount cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BANT: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up after nurturing: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Queue</name>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left a voicemail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delay after &quot;not now&quot; is from 1 to 3650 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hot lead, score %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not now (call): try again in %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Follow up after &quot;not now&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call back (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <source>Whose queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team and routing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for the next call logged (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log the call with one key: %1 · Enter opens the lead · T plans a task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished">Tipo</translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New task…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">Concluído</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tomorrow at 9:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished">Excluir</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged: %1. Next call %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snoozed until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the task &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue (%L1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks (%L1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderNotifier</name>
    <message>
        <source>Leadbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, due %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with %2: %3, due %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RepRepository</name>
    <message>
        <source>A rep needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Junior</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senior</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capacity of %1 cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The absence of %1 ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep #%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RescoreJob</name>
    <message>
        <source>The workspace is read-only: scores cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rescorer</name>
    <message>
        <source>Score %1 reached the MQL threshold (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead #%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Router</name>
    <message>
        <source>(unnamed rule)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every rule needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; gives the lead to nobody: choose a rep or a team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; names a rep who does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; names the team &quot;%2&quot;, which has no rep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule &quot;%1&quot; matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule &quot;%1&quot; matched; round-robin in team %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>round-robin, weighted by deals won in the last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>round-robin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no rep available: everyone is away, inactive or full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep #%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assigned by hand</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutingDialog</name>
    <message>
        <source>Team and routing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignment rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Nome</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seniority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> open leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Away from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Away until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma-separated, e.g. Retail, Hospitality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma-separated countries or regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active (receives leads)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Seniority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Industries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Products:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Regions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open lead(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules, first match wins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When no rule matches: round-robin weighted by deals won in the last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign leads automatically when they become MQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules (tried in order; the first that matches decides):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value(s), comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To the rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In turn to the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weighted by deals won in the last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When all hold:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the lead:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rep #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed rule)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview the rules being edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would go to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open leads now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who would get the last 50 leads that came in, and today&apos;s unassigned leads, under the rules as edited here (nothing is saved or assigned).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unassigned today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria to meet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> of 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lead is sales qualified when at least:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and always:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days before trying again after &quot;not now&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After &quot;not now&quot; or nurturing, follow up in:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleEditor</name>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional; the rule describes itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points per occurrence; negative points lower the score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Points:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comparison:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values separated by commas; case and accents are ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Values:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. pricing (page address, e-mail subject); empty: any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Detail contains:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count at &amp;most (occurrences):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half-life</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never fades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After this many days an occurrence counts half, after twice as many a quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Half-life:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last e-mails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None opened of the &amp;last:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a rule, or add one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleListModel</name>
    <message>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">Tipo</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half-life</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleSet</name>
    <message>
        <source>Decision maker (job title)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager (job title)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company of 200 employees or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise (1,000 employees or more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule set is of an unknown format (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;mql_threshold&quot; must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;warm_from&quot; must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;hot_from&quot; must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;rules&quot; must be a list of rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1: not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MQL threshold must be between -10000 and 10000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warm must start at or below hot (warm from %1, hot from %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most 32 rules can look into an activity&apos;s details (URL, subject); this set has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1 (%2): the id %3 is used twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scoring rules stored in %1 cannot be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SalesCommands</name>
    <message>
        <source>Qualify (BANT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log call: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete task</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SalesforceConnector</name>
    <message>
        <source>Salesforce: Leads and Opportunities, through a connected app (OAuth 2.0 refresh token).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. https://yourcompany.my.salesforce.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://test.salesforce.com for a sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected app consumer key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected app consumer secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the OAuth 2.0 web server flow with the refresh_token and api scopes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. of Employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State/Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunity Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability (%)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SalesforceSession</name>
    <message>
        <source>Salesforce: the client secret or the refresh token is not stored for this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>describing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce: %1 has no external id field %2. In Setup &gt; Object Manager &gt; %1 &gt; Fields, add a Text(80) field named Leadbench_Key with &quot;External ID&quot; and &quot;Unique&quot; ticked: Leadbench records its key there so that a repeated upload never duplicates a record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce: the query had expired; continuing from the last change read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>querying %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce: deletions older than 30 days can no longer be read; records deleted before %1 stay here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing deleted %1 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading %1 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleting %1 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updating %1 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creating %1 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce gave no result for this record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce refused the session while %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce: the organisation&apos;s API request limit is used up (%1); the sync can continue when it resets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce refused %1: %2. Check the user&apos;s permissions on Leads and Opportunities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce failed while %1 (HTTP %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce refused %1 (HTTP %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce refused the connected app&apos;s credentials or the refresh token: %1. Authorise Leadbench again and store the new refresh token in the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>getting an access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce: access token obtained.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoreExplanationView</name>
    <message>
        <source>Score contributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occurrences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score %1; the MQL threshold is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list shows %1, from the last re-score: older behaviour has faded since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rule applies to this lead yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 (at most %1 count)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points after decay; last on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoringCharts</name>
    <message>
        <source>Leads by score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the edited rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MQL threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each threshold would do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eventual customers above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads sent to sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoringInsights</name>
    <message>
        <source>No lead has an outcome yet (became a customer, or was lost or disqualified): the threshold cannot be judged from the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lead with a known outcome became a customer yet: nothing separates good leads from bad ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At %1, %2 of eventual customers score at or above the threshold, %3 of those above it became customers, and %4 of all leads would go to sales: the best balance (F1) of the two.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoringPage</name>
    <message>
        <source>Change scoring rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-scoring progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop re-scoring after the current batch; it starts again the next time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold advisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute lift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add profile rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points for who the lead is: job title, company size, industry, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add behaviour rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points for what the lead does: opens, clicks, visits, meetings, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &quot;no opens&quot; rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points when the lead opened none of the last e-mails sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold and temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MQL threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Subscriber, Lead or Nurturing lead whose score reaches this becomes MQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;MQL at score:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warm from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Warm from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hot from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hot from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score distribution preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the default rule set in the editor (the seeds&apos; points and profile rules)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and re-score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold advisor chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eventual customers above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads sent to sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the suggested threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Puts it in the rules editor; it takes effect when saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion by attribute value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads with an outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Became customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace is read-only: the rules can be read and previewed, not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes: the preview shows what they would do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s); scores follow every change at once.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The preview waits for a sound rule set: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under these rules %1 of %2 leads would be at or above the threshold of %3 (now %4); %5 would become MQL; %6 scores would change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring rules changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-scoring every lead: %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-scoring failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-scoring stopped after %1 leads; it resumes the next time the workspace opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-scored %1 leads: %2 scores changed, %3 leads became MQL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the outcomes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 leads; %2 with a known outcome (%3 became customers, %4 were lost or disqualified).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (current)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (suggested)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the suggested threshold (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lead has an outcome yet (became a customer, or was lost or disqualified).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall, %1 of the %2 leads with a known outcome became customers. Lift above 1: the value converts better than average; below 1: worse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No value of %1 has 5 or more leads with a known outcome yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoringRule</name>
    <message>
        <source>%1 is set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 containing &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;id&quot; must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;kind&quot; must be profile, behaviour or no_opens, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;points&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;points&quot; must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;field&quot;: &quot;%1&quot; is not a field a profile rule can read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;operator&quot;: &quot;%1&quot; is not one of equals, contains, one_of, at_least, at_most, is_set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;values&quot; must hold texts or numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;values&quot; must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;activity&quot;: &quot;%1&quot; is not an activity type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;cap&quot; must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;half_life_days&quot; must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;last_emails&quot; must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points must be between -1000 and 1000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile rule cannot read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can only be tested with &quot;is set&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a value to compare %1 with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; compares numbers; %2 is not a number field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be scored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cap must be between 0 (no cap) and 1000 occurrences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The half-life must be between 0 (no decay) and 3650 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of e-mails must be between 1 and 100.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoringRules</name>
    <message>
        <source>equals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is one of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Opened none of the last %Ln e-mail(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScoringService</name>
    <message>
        <source>Scoring rules changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily re-score: older behaviour counts less</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scored with the workspace&apos;s rules</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SegmentRepository</name>
    <message>
        <source>A segment needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded with every stage change, activity and merge you make.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace at start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last workspace used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open at start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask before deleting several leads at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up the open workspace automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours between backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep the last:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name cannot be empty: it is recorded in the histories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <extracomment>%1 is the name of the system&apos;s language in that language (Français, Ελληνικά ...)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies when Leadbench starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes the next time Leadbench starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StageMachine</name>
    <message>
        <source>The lead is already at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lead cannot move from %1 to %2; from %1 it can move to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no other stage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>Keep Leadbench&apos;s value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the CRM&apos;s value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest change wins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sync::SyncRunner</name>
    <message>
        <source>A sync is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection #%1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sync::SyncService</name>
    <message>
        <source>%1: &quot;%2&quot; is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no setting &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection #%1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conflict #%1 was already settled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict settled: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncCommands</name>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leadbench-cli: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;leadbench-cli --help&quot; for the commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connector plug-ins in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: refused (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(secret: standard input or prompt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(default %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connections needs list, add, edit, remove, test, mapping, map, unmap, reset-mapping or log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown connections command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connections. Add one with &quot;leadbench-cli connections add&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last sync: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to send</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>leadbench-cli: standard input: &quot;%1&quot; is not one of %2 (KEY=VALUE lines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a line without =</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leadbench-cli: %1 needs its secrets (%2): give them on standard input with --secret-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not shown): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connector id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read secrets from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not test the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connections add takes one NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connections add needs --connector (see &quot;leadbench-cli connectors&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--conflicts: &quot;%1&quot; is not ask, local, remote or newest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--set: &quot;%1&quot; is not KEY=VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--set: %1 is a secret: it is never given on the command line (it would stay in the shell&apos;s history); give it on standard input with --secret-stdin or when asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added the connection &quot;%1&quot; (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection test: ok.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection was added, but its test failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connections edit takes one NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--set: %1 is a secret: give it on standard input with --secret-stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed the connection &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connections remove takes one NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the connection &quot;%1&quot; and its secrets; the leads stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connections test takes one NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the connection works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connections mapping takes one NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &lt;-&gt; %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both, push or pull.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty value may replace a filled one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connections map takes NAME lead|deal LOCAL_FIELD CRM_FIELD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not lead or deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--direction: &quot;%1&quot; is not both, push or pull</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no field &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leadbench-cli: note: %1 is not one of %2&apos;s standard fields; it must exist in the CRM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 &lt;-&gt; %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connections unmap takes NAME lead|deal LOCAL_FIELD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not map &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is no longer synced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connections reset-mapping takes one NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the connector&apos;s default field mapping is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connections log takes one NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run of %1: %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare every record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write nothing; show what would change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync takes one CONNECTION (see &quot;leadbench-cli connections list&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing was written. What a sync would do:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: &quot;%3&quot; -&gt; &quot;%4&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>... and %n more change(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by %1 (they stay queued; fix them and sync again):</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) wait for your choice: &quot;leadbench-cli conflicts list&quot;.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>conflicts needs list, resolve or resolve-all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted in the CRM, changed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: here &quot;%2&quot;, in the CRM &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflicts resolve takes ID local|remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settled; the next sync sends or keeps it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflicts resolve-all takes CONNECTION local|remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) settled.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>unknown conflicts command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>The connection #%1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run of %1 (%2): nothing is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full sync of %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync of %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pulled, %2 pushed, %3 failed, %4 new conflicts; %5 requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulling %1… %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 linked to the CRM&apos;s record %2 (same e-mail).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: changed here and in the CRM (%2); waiting for your choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted in the CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was deleted in the CRM but changed here; waiting for your choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was deleted in the CRM: deleted here too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer exists in the CRM; it is created again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CRM already has it as record %1, which is linked to %2: merge the two here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists in the CRM (record %2, %3): linked and merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was refused by the CRM: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CRM did not answer for this record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pushing %1… %L2 of %L3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done, but the CRM refused some records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRM connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field &amp;Mapping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full (compare every record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dry Run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows what a sync would change, field by field, without writing anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log of the last run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect Leadbench to HubSpot or Salesforce to share leads and deals with your team: &quot;Add…&quot; a connection, then &quot;Sync Now&quot;. Leadbench keeps working offline and sends your changes when you sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (plug-in &quot;%2&quot; missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync %1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synced yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes waiting to be sent: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes waiting to be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts (%1)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection added. Test it, then Sync Now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the connection &quot;%1&quot; and its secrets from the keychain? The leads stay here and in the CRM; they are simply no longer synced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling after the request in flight…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncStore</name>
    <message>
        <source>There is no connection named &quot;%1&quot; (this workspace has none yet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no connection named &quot;%1&quot; (connections: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A connection needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A connection named &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A field mapping needs a Leadbench field and a CRM field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is mapped twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CRM field &quot;%1&quot; is mapped twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>Edit task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished">Tipo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the due time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>15 minutes before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hour before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reminder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task needs a title (what to do).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskRepository</name>
    <message>
        <source>A task needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A task needs a due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead #%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskType</name>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To-do</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Temperature</name>
    <message>
        <source>Hot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cold</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextEncoding</name>
    <message>
        <source>Detect automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unicode (UTF-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unicode (UTF-16, little-endian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unicode (UTF-16, big-endian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Western European (Windows-1252)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Western European (ISO-8859-1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greek (Windows-1253)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TradeShow</name>
    <message>
        <source>The cost of an event cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A campaign named &quot;%1&quot; exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type at least a name, an e-mail address or a company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent needs the wording the person agreed to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no event #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trade show: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captured at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>product: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same name and company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>similar name, same company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one rep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I agree that my details are used to contact me about this event&apos;s products and offers. I can unsubscribe at any time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TradeShowPage</name>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start capture mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent wording shown at capture and stored with each lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads captured at this event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Nome</translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign unowned leads to reps in turn…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trade show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No event yet: create one to start capturing leads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · cost %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 leads captured (%2 new, %3 already known) · hot %4, warm %5, cold %6 · %7 with consent · cost per lead %8 · %9 without an owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consent wording cannot be empty: it is what people agree to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand, travel, staff, material: what the event costs in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cost:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign to reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event&apos;s leads without an owner go to these reps in turn, hot leads first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) assigned.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VCard</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the card has no END:VCARD before the next card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the card has no END:VCARD (the file ends inside it)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>it looks like a JPEG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it looks like a PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it looks like a PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it looks like a ZIP archive or an office document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it looks like a GIF image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it looks like a text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not an SQLite database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has changes in its journal (%1-wal) that cannot be read because the folder is read-only. Open it where the folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read (%2). The file was not changed; restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a workspace file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Leadbench workspace: %2. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another application, not a Leadbench workspace. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was saved by a newer version of Leadbench (workspace format %2; this version reads formats up to %3). Update Leadbench to open it. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: the integrity check found %2. The file was not changed; restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in an older format and must be upgraded, which read-only access does not allow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a workspace yet and cannot be created read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opened read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file or its folder is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: the integrity check found %2. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workspace cannot be restored from itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an empty file, not a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot keep a copy of %1 before restoring; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot replace %1; the restored copy is at %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceDialog</name>
    <message>
        <source>Leadbench workspaces (*.leadbench);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent workspaces:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB, changed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished">&amp;Abrir</translation>
    </message>
    <message>
        <source>Open &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Default workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove from list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes the entry from this list; the file stays where it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/leads.leadbench</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Leadbench: an offline-first sales and marketing workbench.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the workspace at PATH (created if missing) instead of the last one used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read and write settings in FILE.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
