<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CampaignsDialog</name>
    <message numerus="yes">
        <source>Cost and visitors are the sums of the %n cost entries.</source>
        <translation>
            <numerusform>Cost and visitors are those of its one cost entry.</numerusform>
            <numerusform>Cost and visitors are the sums of the %n cost entries.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckableComboBox</name>
    <message numerus="yes">
        <source>%1: %2 and %n more</source>
        <translation>
            <numerusform>%1: %2 and %n more</numerusform>
            <numerusform>%1: %2 and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>%n of the removed leads had been edited after the import.</source>
        <translation>
            <numerusform>%n of the removed leads had been edited after the import.</numerusform>
            <numerusform>%n of the removed leads had been edited after the import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln lead(s) to %1 in %L2 s.</source>
        <translation>
            <numerusform>Exported %Ln lead to %1 in %L2 s.</numerusform>
            <numerusform>Exported %Ln leads to %1 in %L2 s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message numerus="yes">
        <source>Exported %n file(s).</source>
        <translation>
            <numerusform>Exported %n file.</numerusform>
            <numerusform>Exported %n files.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DealBoard</name>
    <message numerus="yes">
        <source>%n deal(s) in %1; the sum of their amounts.</source>
        <translation>
            <numerusform>%n deal in %1; the sum of their amounts.</numerusform>
            <numerusform>%n deals in %1; the sum of their amounts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) in %1; the sum of their amounts, and that sum weighted by each deal&apos;s probability (%2 by default in this stage).</source>
        <translation>
            <numerusform>%n deal in %1; the sum of their amounts, and that sum weighted by each deal&apos;s probability (%2 by default in this stage).</numerusform>
            <numerusform>%n deals in %1; the sum of their amounts, and that sum weighted by each deal&apos;s probability (%2 by default in this stage).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DryRunDialog</name>
    <message numerus="yes">
        <source>… and %n more change(s).</source>
        <translation>
            <numerusform>… and %n more change.</numerusform>
            <numerusform>… and %n more changes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message numerus="yes">
        <source>%n invalid e-mail(s) kept and flagged.</source>
        <translation>
            <numerusform>%n invalid e-mail kept and flagged.</numerusform>
            <numerusform>%n invalid e-mails kept and flagged.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message numerus="yes">
        <source>%n field(s) were not valid UTF-8 and were read as Windows-1252.</source>
        <translation>
            <numerusform>%n field was not valid UTF-8 and was read as Windows-1252.</numerusform>
            <numerusform>%n fields were not valid UTF-8 and were read as Windows-1252.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) have an invalid e-mail address: kept as written and flagged.</source>
        <translation>
            <numerusform>%n lead has an invalid e-mail address: kept as written and flagged.</numerusform>
            <numerusform>%n leads have an invalid e-mail address: kept as written and flagged.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadMapper</name>
    <message numerus="yes">
        <source>%1: %n value(s) kept in the notes (%2), e.g. %3.</source>
        <translation>
            <numerusform>%1: %n value kept in the notes (%2), e.g. %3.</numerusform>
            <numerusform>%1: %n values kept in the notes (%2), e.g. %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadValidation</name>
    <message numerus="yes">
        <source>The phone number has %n digit(s); a phone number has at least 6.</source>
        <translation>
            <numerusform>The phone number has %n digit; a phone number has at least 6.</numerusform>
            <numerusform>The phone number has %n digits; a phone number has at least 6.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The phone number has %n digits; international numbers have at most 15.</source>
        <translation>
            <numerusform>The phone number has %n digits; international numbers have at most 15.</numerusform>
            <numerusform>The phone number has %n digits; international numbers have at most 15.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadsPage</name>
    <message numerus="yes">
        <source>Delete %n leads with their activities? Edit &gt; Undo brings them back.</source>
        <translation>
            <numerusform>Delete %n lead with its activities? Edit &gt; Undo brings it back.</numerusform>
            <numerusform>Delete %n leads with their activities? Edit &gt; Undo brings them back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n leads</source>
        <translation>
            <numerusform>Delete %n lead</numerusform>
            <numerusform>Delete %n leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n lead(s). Undo brings them back.</source>
        <translation>
            <numerusform>Deleted %n lead. Undo brings it back.</numerusform>
            <numerusform>Deleted %n leads. Undo brings them back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Give the %n selected lead(s) to:</source>
        <translation>
            <numerusform>Give the %n selected lead to:</numerusform>
            <numerusform>Give the %n selected leads to:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) assigned to %1.</source>
        <translation>
            <numerusform>%n lead assigned to %1.</numerusform>
            <numerusform>%n leads assigned to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %n lead(s) routed by the rules.</source>
        <translation>
            <numerusform>%L1 of %n lead routed by the rules.</numerusform>
            <numerusform>%L1 of %n leads routed by the rules.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
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
    <name>Nurture::Sequence</name>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n business day(s)</source>
        <translation>
            <numerusform>%n business day</numerusform>
            <numerusform>%n business days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NurtureCommands</name>
    <message numerus="yes">
        <source>%1  [%2]  %n step(s), active %3, completed %4, exited %5</source>
        <translation>
            <numerusform>%1  [%2]  %n step, active %3, completed %4, exited %5</numerusform>
            <numerusform>%1  [%2]  %n steps, active %3, completed %4, exited %5</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  (%n problem(s))</source>
        <translation>
            <numerusform>  (%n problem)</numerusform>
            <numerusform>  (%n problems)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) enrolled in &quot;%1&quot;.</source>
        <translation>
            <numerusform>%n lead enrolled in &quot;%1&quot;.</numerusform>
            <numerusform>%n leads enrolled in &quot;%1&quot;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n e-mail(s) would be sent.</source>
        <translation>
            <numerusform>Dry run: %n e-mail would be sent.</numerusform>
            <numerusform>Dry run: %n e-mails would be sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail(s) sent.</source>
        <translation>
            <numerusform>%n e-mail sent.</numerusform>
            <numerusform>%n e-mails sent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NurturePage</name>
    <message numerus="yes">
        <source>%n lead(s) enrolled.</source>
        <translation>
            <numerusform>%n lead enrolled.</numerusform>
            <numerusform>%n leads enrolled.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Enrol %n lead(s) in:</source>
        <translation>
            <numerusform>Enrol %n lead in:</numerusform>
            <numerusform>Enrol %n leads in:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) enrolled; %1 were already in it.</source>
        <translation>
            <numerusform>%n lead enrolled; %1 were already in it.</numerusform>
            <numerusform>%n leads enrolled; %1 were already in it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n e-mail(s) in the next 14 days; nothing was sent or changed.</source>
        <translation>
            <numerusform>Dry run: %n e-mail in the next 14 days; nothing was sent or changed.</numerusform>
            <numerusform>Dry run: %n e-mails in the next 14 days; nothing was sent or changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail(s) sent.</source>
        <translation>
            <numerusform>%n e-mail sent.</numerusform>
            <numerusform>%n e-mails sent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PipelineRepository</name>
    <message numerus="yes">
        <source>Stage &quot;%1&quot; holds %n deal(s): move them to another stage before deleting it.</source>
        <translation>
            <numerusform>Stage &quot;%1&quot; holds %n deal: move it to another stage before deleting the stage.</numerusform>
            <numerusform>Stage &quot;%1&quot; holds %n deals: move them to another stage before deleting it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stage &quot;%1&quot; holds %n deal(s): its kind (open, won, lost) cannot change while it does.</source>
        <translation>
            <numerusform>Stage &quot;%1&quot; holds %n deal: its kind (open, won, lost) cannot change while it does.</numerusform>
            <numerusform>Stage &quot;%1&quot; holds %n deals: its kind (open, won, lost) cannot change while it does.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; holds %n deal(s): move or delete them before deleting the pipeline.</source>
        <translation>
            <numerusform>&quot;%1&quot; holds %n deal: move or delete it before deleting the pipeline.</numerusform>
            <numerusform>&quot;%1&quot; holds %n deals: move or delete them before deleting the pipeline.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Queue</name>
    <message numerus="yes">
        <source>Not now (call): try again in %n day(s)</source>
        <translation>
            <numerusform>Not now (call): try again in %n day</numerusform>
            <numerusform>Not now (call): try again in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoutingDialog</name>
    <message numerus="yes">
        <source>%n open lead(s)</source>
        <translation>
            <numerusform>%n open lead</numerusform>
            <numerusform>%n open leads</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScoringPage</name>
    <message numerus="yes">
        <source>%n rule(s); scores follow every change at once.</source>
        <translation>
            <numerusform>%n rule; scores follow every change at once.</numerusform>
            <numerusform>%n rules; scores follow every change at once.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScoringRules</name>
    <message numerus="yes">
        <source>Opened none of the last %Ln e-mail(s)</source>
        <translation>
            <numerusform>Did not open the last e-mail</numerusform>
            <numerusform>Opened none of the last %Ln e-mails</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncCommands</name>
    <message numerus="yes">
        <source>%n change(s) to send</source>
        <translation>
            <numerusform>%n change to send</numerusform>
            <numerusform>%n changes to send</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... and %n more change(s).</source>
        <translation>
            <numerusform>... and %n more change.</numerusform>
            <numerusform>... and %n more changes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) wait for your choice: &quot;leadbench-cli conflicts list&quot;.</source>
        <translation>
            <numerusform>%n conflict waits for your choice: &quot;leadbench-cli conflicts list&quot;.</numerusform>
            <numerusform>%n conflicts wait for your choice: &quot;leadbench-cli conflicts list&quot;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) settled.</source>
        <translation>
            <numerusform>%n conflict settled.</numerusform>
            <numerusform>%n conflicts settled.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TradeShowPage</name>
    <message numerus="yes">
        <source>%n lead(s) assigned.</source>
        <translation>
            <numerusform>%n lead assigned.</numerusform>
            <numerusform>%n leads assigned.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s) captured (%1 new, %2 already known) · hot %3, warm %4, cold %5 · %6 with consent · cost per lead %7 · %8 without an owner</source>
        <translation>
            <numerusform>%Ln lead captured (%1 new, %2 already known) · hot %3, warm %4, cold %5 · %6 with consent · cost per lead %7 · %8 without an owner</numerusform>
            <numerusform>%Ln leads captured (%1 new, %2 already known) · hot %3, warm %4, cold %5 · %6 with consent · cost per lead %7 · %8 without an owner</numerusform>
        </translation>
    </message>
</context>
</TS>
