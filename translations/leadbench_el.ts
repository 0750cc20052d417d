<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="el">
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
    <name>CampaignRepository</name>
    <message>
        <source>A campaign needs a name.</source>
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
        <source>Usage: leadbench-cli [--db PATH] COMMAND [OPTIONS]

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
  check
        Runs a full integrity check; exit code 1 when the workspace is damaged.
  info [--json]
        Workspace path, format version and counts.

Options:
  --db PATH     the workspace file
  -h, --help    this help
  --version     the version

Exit codes: 0 done, 1 failed (the message says why), 2 wrong command line.
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
        <source>%1 of %2 leads</source>
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
    <name>Lead</name>
    <message>
        <source>Lead #%1</source>
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
        <translation type="unfinished"></translation>
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
        <source>Lead</source>
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
        <source>Segments</source>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <source>Not checked: %1</source>
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
</context>
<context>
    <name>MergeLeadsDialog</name>
    <message>
        <source>Merge two leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two leads become one. Pick the record that stays and, where they differ, the value to keep. All %1 activities and both stage histories are kept.</source>
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
    <name>RepRepository</name>
    <message>
        <source>A rep needs a name.</source>
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
        <translation type="unfinished"></translation>
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
