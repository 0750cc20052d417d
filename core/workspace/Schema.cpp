#include "Schema.h"

#include "leads/Activity.h"
#include "leads/TextKey.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/Transaction.h"

#include <algorithm>
#include <string>

namespace {

void v1Leads(Database &db)
{
    db.exec(R"sql(
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE reps (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    email      TEXT NOT NULL DEFAULT '',
    team       TEXT NOT NULL DEFAULT '',
    active     INTEGER NOT NULL DEFAULT 1,
    created_at INTEGER NOT NULL
);
CREATE UNIQUE INDEX reps_name ON reps(name);

CREATE TABLE campaigns (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    channel    TEXT NOT NULL DEFAULT '',
    cost       REAL NOT NULL DEFAULT 0,
    visitors   INTEGER NOT NULL DEFAULT 0,
    starts_on  TEXT,
    ends_on    TEXT,
    created_at INTEGER NOT NULL
);
CREATE UNIQUE INDEX campaigns_name ON campaigns(name);

CREATE TABLE leads (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    first_name      TEXT NOT NULL DEFAULT '',
    last_name       TEXT NOT NULL DEFAULT '',
    email           TEXT NOT NULL DEFAULT '',
    phone           TEXT NOT NULL DEFAULT '',
    job_title       TEXT NOT NULL DEFAULT '',
    company         TEXT NOT NULL DEFAULT '',
    industry        TEXT NOT NULL DEFAULT '',
    company_size    INTEGER,
    annual_revenue  REAL,
    country         TEXT NOT NULL DEFAULT '',
    region          TEXT NOT NULL DEFAULT '',
    city            TEXT NOT NULL DEFAULT '',
    source          TEXT NOT NULL DEFAULT '',
    campaign_id     INTEGER REFERENCES campaigns(id) ON DELETE SET NULL,
    lead_magnet     TEXT NOT NULL DEFAULT '',
    consent_at      INTEGER,
    consent_source  TEXT NOT NULL DEFAULT '',
    unsubscribed_at INTEGER,
    stage           INTEGER NOT NULL DEFAULT 2,
    score           INTEGER NOT NULL DEFAULT 0,
    owner_id        INTEGER REFERENCES reps(id) ON DELETE SET NULL,
    notes           TEXT NOT NULL DEFAULT '',
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL,
    -- Derived keys, written by LeadRepository: folded for sorting, normalised for de-duplication.
    name_key        TEXT NOT NULL DEFAULT '',
    company_key     TEXT NOT NULL DEFAULT '',
    email_key       TEXT NOT NULL DEFAULT ''
);
-- One index per sortable column: keyset paging walks them ("ORDER BY col, id" is the index order).
CREATE INDEX leads_name     ON leads(name_key);
CREATE INDEX leads_email    ON leads(email_key);
CREATE INDEX leads_company  ON leads(company_key);
CREATE INDEX leads_stage    ON leads(stage);
CREATE INDEX leads_score    ON leads(score);
CREATE INDEX leads_owner    ON leads(ifnull(owner_id, 0));
CREATE INDEX leads_source   ON leads(source);
CREATE INDEX leads_country  ON leads(country);
CREATE INDEX leads_created  ON leads(created_at);
CREATE INDEX leads_updated  ON leads(updated_at);
CREATE INDEX leads_campaign ON leads(campaign_id);
-- Every filterable column in one index: counts of combined filters read this index, never the rows.
CREATE INDEX leads_facets   ON leads(stage, ifnull(owner_id, 0), source, country, score, created_at);

CREATE TABLE activities (
    id          INTEGER PRIMARY KEY,
    lead_id     INTEGER NOT NULL REFERENCES leads(id) ON DELETE CASCADE,
    type        INTEGER NOT NULL,
    occurred_at INTEGER NOT NULL,
    detail      TEXT NOT NULL DEFAULT '',
    actor       TEXT NOT NULL DEFAULT '',
    created_at  INTEGER NOT NULL
);
CREATE INDEX activities_lead ON activities(lead_id, occurred_at);

CREATE TABLE stage_history (
    id         INTEGER PRIMARY KEY,
    lead_id    INTEGER NOT NULL REFERENCES leads(id) ON DELETE CASCADE,
    from_stage INTEGER,
    to_stage   INTEGER NOT NULL,
    changed_at INTEGER NOT NULL,
    actor      TEXT NOT NULL DEFAULT '',
    reason     TEXT NOT NULL DEFAULT '',
    score      INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX stage_history_lead ON stage_history(lead_id, changed_at);
CREATE INDEX stage_history_changed ON stage_history(changed_at);

CREATE TABLE segments (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    filter     TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE UNIQUE INDEX segments_name ON segments(name);
)sql");
}

void v2Search(Database &db)
{
    // External-content FTS5 over the folded keys the lead rows already carry (TextKey::fold: case and
    // accents removed in every script, which unicode61 alone does not do for Greek) and the notes.
    // Prefix indexes make search-as-you-type cheap from the first letter. LeadFilter::ftsQuery folds
    // what the person types the same way.
    db.exec(R"sql(
CREATE VIRTUAL TABLE leads_fts USING fts5(
    name_key, email_key, company_key, notes,
    content='leads', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2',
    prefix='1 2 3'
);
CREATE TRIGGER leads_fts_insert AFTER INSERT ON leads BEGIN
    INSERT INTO leads_fts(rowid, name_key, email_key, company_key, notes)
    VALUES (new.id, new.name_key, new.email_key, new.company_key, new.notes);
END;
CREATE TRIGGER leads_fts_delete AFTER DELETE ON leads BEGIN
    INSERT INTO leads_fts(leads_fts, rowid, name_key, email_key, company_key, notes)
    VALUES ('delete', old.id, old.name_key, old.email_key, old.company_key, old.notes);
END;
CREATE TRIGGER leads_fts_update AFTER UPDATE OF name_key, email_key, company_key, notes ON leads BEGIN
    INSERT INTO leads_fts(leads_fts, rowid, name_key, email_key, company_key, notes)
    VALUES ('delete', old.id, old.name_key, old.email_key, old.company_key, old.notes);
    INSERT INTO leads_fts(rowid, name_key, email_key, company_key, notes)
    VALUES (new.id, new.name_key, new.email_key, new.company_key, new.notes);
END;
INSERT INTO leads_fts(leads_fts) VALUES ('rebuild');
)sql");
}

void v3Deals(Database &db)
{
    db.exec(R"sql(
CREATE TABLE pipelines (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX pipelines_name ON pipelines(name);

CREATE TABLE pipeline_stages (
    id           INTEGER PRIMARY KEY,
    pipeline_id  INTEGER NOT NULL REFERENCES pipelines(id) ON DELETE CASCADE,
    name         TEXT NOT NULL,
    position     INTEGER NOT NULL,
    probability  REAL NOT NULL DEFAULT 0,
    outcome      INTEGER NOT NULL DEFAULT 0,   -- 0 open, 1 won, 2 lost
    rotting_days INTEGER
);
CREATE INDEX pipeline_stages_pipeline ON pipeline_stages(pipeline_id, position);

CREATE TABLE deals (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    pipeline_id      INTEGER NOT NULL REFERENCES pipelines(id),
    stage_id         INTEGER NOT NULL REFERENCES pipeline_stages(id),
    title            TEXT NOT NULL,
    lead_id          INTEGER REFERENCES leads(id) ON DELETE SET NULL,
    company          TEXT NOT NULL DEFAULT '',
    amount           REAL NOT NULL DEFAULT 0,
    currency         TEXT NOT NULL DEFAULT 'EUR',
    expected_close   TEXT,
    probability      REAL,
    owner_id         INTEGER REFERENCES reps(id) ON DELETE SET NULL,
    outcome          INTEGER NOT NULL DEFAULT 0,   -- 0 open, 1 won, 2 lost
    closed_at        INTEGER,
    close_reason     TEXT NOT NULL DEFAULT '',
    gross_margin     REAL,
    stage_entered_at INTEGER NOT NULL,
    created_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL
);
CREATE INDEX deals_stage ON deals(stage_id);
CREATE INDEX deals_lead ON deals(lead_id);
CREATE INDEX deals_owner ON deals(owner_id);
CREATE INDEX deals_closed ON deals(outcome, closed_at);
)sql");
}

void v4TradeShow(Database &db)
{
    // Leads captured at an event (a campaign with its cost): what the booth recorded besides the lead.
    // The phone index lets capture mode find a duplicate by number while the person types it; its
    // expression matched TradeShow's phone key at the time; migration 10 drops it for the importer's index.
    db.exec(R"sql(
CREATE TABLE event_captures (
    id               INTEGER PRIMARY KEY,
    campaign_id      INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
    lead_id          INTEGER NOT NULL REFERENCES leads(id) ON DELETE CASCADE,
    interest         INTEGER NOT NULL,
    product_interest TEXT NOT NULL DEFAULT '',
    consent_text     TEXT NOT NULL DEFAULT '',
    updated_existing INTEGER NOT NULL DEFAULT 0,
    captured_at      INTEGER NOT NULL,
    captured_by      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX event_captures_campaign ON event_captures(campaign_id, captured_at);
CREATE INDEX event_captures_lead ON event_captures(lead_id);
CREATE INDEX event_captures_time ON event_captures(captured_at);
CREATE INDEX leads_phone_match ON leads(
    replace(replace(replace(replace(replace(replace(replace(phone, ' ', ''), '-', ''), '.', ''), '(', ''), ')', ''), '/', ''), '+', ''))
    WHERE phone <> '';
)sql");
}

void v5Distribution(Database &db)
{
    // Reps' profile for routing; routing rules and the round-robin's memory; who got which lead and why;
    // BANT qualifications; follow-up tasks.
    db.exec(R"sql(
ALTER TABLE reps ADD COLUMN seniority INTEGER NOT NULL DEFAULT 1;   -- 0 junior, 1 confirmed, 2 senior
ALTER TABLE reps ADD COLUMN capacity INTEGER;                       -- most open leads; NULL: no limit
ALTER TABLE reps ADD COLUMN away_from INTEGER;
ALTER TABLE reps ADD COLUMN away_to INTEGER;
ALTER TABLE reps ADD COLUMN industries TEXT NOT NULL DEFAULT '[]';  -- JSON arrays of names
ALTER TABLE reps ADD COLUMN products TEXT NOT NULL DEFAULT '[]';
ALTER TABLE reps ADD COLUMN regions TEXT NOT NULL DEFAULT '[]';

CREATE TABLE routing_rules (
    id                INTEGER PRIMARY KEY,
    position          INTEGER NOT NULL,
    name              TEXT NOT NULL,
    conditions        TEXT NOT NULL,             -- JSON: all must hold
    target_rep_id     INTEGER REFERENCES reps(id) ON DELETE CASCADE,
    target_team       TEXT NOT NULL DEFAULT '',
    weighted          INTEGER NOT NULL DEFAULT 0, -- share by last 30 days' won deals
    active            INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE routing_state (
    scope TEXT PRIMARY KEY,                      -- '' for everyone, 'team:<name>'
    state TEXT NOT NULL                          -- JSON: the rotation's position and credits
) WITHOUT ROWID;

CREATE TABLE assignments (
    id              INTEGER PRIMARY KEY,
    lead_id         INTEGER NOT NULL REFERENCES leads(id) ON DELETE CASCADE,
    rep_id          INTEGER REFERENCES reps(id) ON DELETE SET NULL,
    previous_rep_id INTEGER REFERENCES reps(id) ON DELETE SET NULL,
    assigned_at     INTEGER NOT NULL,
    actor           TEXT NOT NULL DEFAULT '',
    reason          TEXT NOT NULL DEFAULT '',
    rule_id         INTEGER REFERENCES routing_rules(id) ON DELETE SET NULL
);
CREATE INDEX assignments_lead ON assignments(lead_id, assigned_at);
CREATE INDEX assignments_rep ON assignments(rep_id, assigned_at);

CREATE TABLE qualifications (
    id              INTEGER PRIMARY KEY,
    lead_id         INTEGER NOT NULL REFERENCES leads(id) ON DELETE CASCADE,
    qualified_at    INTEGER NOT NULL,
    actor           TEXT NOT NULL DEFAULT '',
    budget          INTEGER NOT NULL DEFAULT 0,  -- 0 unknown, 1 met, 2 not met
    budget_amount   REAL,
    budget_currency TEXT NOT NULL DEFAULT '',
    budget_notes    TEXT NOT NULL DEFAULT '',
    authority       INTEGER NOT NULL DEFAULT 0,  -- 0 unknown, 1 decision maker, 2 influencer, 3 user
    decision_maker  TEXT NOT NULL DEFAULT '',
    authority_notes TEXT NOT NULL DEFAULT '',
    need            INTEGER NOT NULL DEFAULT 0,  -- 0 unknown, 1 met, 2 not met
    need_pain       TEXT NOT NULL DEFAULT '',
    need_priority   INTEGER NOT NULL DEFAULT 0,  -- 0 unknown, 1 low, 2 medium, 3 high
    need_notes      TEXT NOT NULL DEFAULT '',
    timing          INTEGER NOT NULL DEFAULT 0,  -- 0 unknown, 1 met, 2 not met
    purchase_by     TEXT NOT NULL DEFAULT '',    -- a date or a quarter, as said
    delivery_need   TEXT NOT NULL DEFAULT '',
    timing_notes    TEXT NOT NULL DEFAULT '',
    rule            TEXT NOT NULL DEFAULT '',    -- the SQL rule in force, as words
    outcome         INTEGER NOT NULL,            -- the stage it led to (SQL or Nurturing)
    reason          TEXT NOT NULL DEFAULT '',
    deal_id         INTEGER REFERENCES deals(id) ON DELETE SET NULL
);
CREATE INDEX qualifications_lead ON qualifications(lead_id, qualified_at);

CREATE TABLE tasks (
    id          INTEGER PRIMARY KEY,
    lead_id     INTEGER REFERENCES leads(id) ON DELETE CASCADE,
    deal_id     INTEGER REFERENCES deals(id) ON DELETE CASCADE,
    rep_id      INTEGER REFERENCES reps(id) ON DELETE SET NULL,
    type        INTEGER NOT NULL,                -- 1 call, 2 e-mail, 3 meeting, 4 to-do
    title       TEXT NOT NULL,
    notes       TEXT NOT NULL DEFAULT '',
    due_at      INTEGER NOT NULL,
    remind_at   INTEGER,
    reminded_at INTEGER,
    done_at     INTEGER,
    outcome     TEXT NOT NULL DEFAULT '',
    created_at  INTEGER NOT NULL,
    actor       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX tasks_rep_open ON tasks(rep_id, done_at, due_at);
CREATE INDEX tasks_lead ON tasks(lead_id, due_at);
CREATE INDEX tasks_deal ON tasks(deal_id);
CREATE INDEX tasks_remind ON tasks(remind_at) WHERE done_at IS NULL AND remind_at IS NOT NULL;
)sql");
}

void v6Sync(Database &db)
{
    // CRM sync (core/sync). The outbox is filled by triggers, so every writer of leads and deals (the
    // repository, imports, the demo, undo) is captured. The engine's own writes of what it pulled from
    // a connection put a row in sync_echo for that connection first, so they do not come back to it
    // (other connections still get them).
    db.exec(R"sql(
CREATE TABLE sync_connections (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL,
    connector     TEXT NOT NULL,
    settings      TEXT NOT NULL DEFAULT '{}',
    conflict_rule TEXT NOT NULL DEFAULT 'ask',
    created_at    INTEGER NOT NULL,
    last_run_at   INTEGER,
    last_status   TEXT NOT NULL DEFAULT '',
    last_message  TEXT NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX sync_connections_name ON sync_connections(name);

CREATE TABLE sync_field_map (
    connection_id INTEGER NOT NULL REFERENCES sync_connections(id) ON DELETE CASCADE,
    entity        TEXT NOT NULL,
    local_field   TEXT NOT NULL,
    remote_field  TEXT NOT NULL,
    direction     TEXT NOT NULL DEFAULT 'both',
    clear_allowed INTEGER NOT NULL DEFAULT 0,
    value_map     TEXT NOT NULL DEFAULT '[]',
    position      INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (connection_id, entity, local_field)
) WITHOUT ROWID;

CREATE TABLE sync_links (
    connection_id      INTEGER NOT NULL REFERENCES sync_connections(id) ON DELETE CASCADE,
    entity             TEXT NOT NULL,
    local_id           INTEGER NOT NULL,
    remote_id          TEXT NOT NULL,
    base               TEXT NOT NULL DEFAULT '{}',
    remote_modified_at INTEGER NOT NULL DEFAULT 0,
    synced_at          INTEGER NOT NULL,
    PRIMARY KEY (connection_id, entity, local_id)
) WITHOUT ROWID;
CREATE UNIQUE INDEX sync_links_remote ON sync_links(connection_id, entity, remote_id);

CREATE TABLE sync_outbox (
    id            INTEGER PRIMARY KEY,
    connection_id INTEGER NOT NULL REFERENCES sync_connections(id) ON DELETE CASCADE,
    entity        TEXT NOT NULL,
    local_id      INTEGER NOT NULL,
    op            TEXT NOT NULL,
    version       INTEGER NOT NULL DEFAULT 1,
    changed_at    INTEGER NOT NULL,
    attempts      INTEGER NOT NULL DEFAULT 0,
    last_error    TEXT NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX sync_outbox_record ON sync_outbox(connection_id, entity, local_id);

CREATE TABLE sync_echo (
    connection_id INTEGER PRIMARY KEY
);

CREATE TABLE sync_cursors (
    connection_id INTEGER NOT NULL REFERENCES sync_connections(id) ON DELETE CASCADE,
    entity        TEXT NOT NULL,
    kind          TEXT NOT NULL,
    cursor        TEXT NOT NULL,
    PRIMARY KEY (connection_id, entity, kind)
) WITHOUT ROWID;

CREATE TABLE sync_conflicts (
    id            INTEGER PRIMARY KEY,
    connection_id INTEGER NOT NULL REFERENCES sync_connections(id) ON DELETE CASCADE,
    entity        TEXT NOT NULL,
    local_id      INTEGER NOT NULL,
    field         TEXT NOT NULL,
    local_value   TEXT NOT NULL DEFAULT '',
    remote_value  TEXT NOT NULL DEFAULT '',
    base_value    TEXT NOT NULL DEFAULT '',
    remote_id     TEXT NOT NULL DEFAULT '',
    detected_at   INTEGER NOT NULL
);
CREATE UNIQUE INDEX sync_conflicts_field ON sync_conflicts(connection_id, entity, local_id, field);

CREATE TABLE sync_runs (
    id            INTEGER PRIMARY KEY,
    connection_id INTEGER NOT NULL REFERENCES sync_connections(id) ON DELETE CASCADE,
    started_at    INTEGER NOT NULL,
    finished_at   INTEGER,
    status        TEXT NOT NULL DEFAULT 'running',
    full_sync     INTEGER NOT NULL DEFAULT 0,
    dry_run       INTEGER NOT NULL DEFAULT 0,
    pulled        INTEGER NOT NULL DEFAULT 0,
    pushed        INTEGER NOT NULL DEFAULT 0,
    failed        INTEGER NOT NULL DEFAULT 0,
    conflicts     INTEGER NOT NULL DEFAULT 0,
    requests      INTEGER NOT NULL DEFAULT 0,
    message       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX sync_runs_connection ON sync_runs(connection_id, started_at);

CREATE TABLE sync_log (
    id      INTEGER PRIMARY KEY,
    run_id  INTEGER NOT NULL REFERENCES sync_runs(id) ON DELETE CASCADE,
    at      INTEGER NOT NULL,
    level   TEXT NOT NULL,
    message TEXT NOT NULL
);
CREATE INDEX sync_log_run ON sync_log(run_id);

CREATE TRIGGER sync_leads_insert AFTER INSERT ON leads BEGIN
    INSERT INTO sync_outbox (connection_id, entity, local_id, op, changed_at)
    SELECT c.id, 'lead', new.id, 'upsert', new.updated_at FROM sync_connections c
    WHERE c.id NOT IN (SELECT connection_id FROM sync_echo)
    ON CONFLICT (connection_id, entity, local_id) DO UPDATE
        SET op = 'upsert', version = version + 1, changed_at = excluded.changed_at, attempts = 0, last_error = '';
END;
CREATE TRIGGER sync_leads_update AFTER UPDATE OF first_name, last_name, email, phone, job_title, company, industry,
    company_size, annual_revenue, country, region, city, source, lead_magnet, consent_at, consent_source,
    unsubscribed_at, stage, notes ON leads
WHEN old.first_name IS NOT new.first_name OR old.last_name IS NOT new.last_name OR old.email IS NOT new.email
  OR old.phone IS NOT new.phone OR old.job_title IS NOT new.job_title OR old.company IS NOT new.company
  OR old.industry IS NOT new.industry OR old.company_size IS NOT new.company_size
  OR old.annual_revenue IS NOT new.annual_revenue OR old.country IS NOT new.country OR old.region IS NOT new.region
  OR old.city IS NOT new.city OR old.source IS NOT new.source OR old.lead_magnet IS NOT new.lead_magnet
  OR old.consent_at IS NOT new.consent_at OR old.consent_source IS NOT new.consent_source
  OR old.unsubscribed_at IS NOT new.unsubscribed_at OR old.stage IS NOT new.stage OR old.notes IS NOT new.notes
BEGIN
    INSERT INTO sync_outbox (connection_id, entity, local_id, op, changed_at)
    SELECT c.id, 'lead', new.id, 'upsert', new.updated_at FROM sync_connections c
    WHERE c.id NOT IN (SELECT connection_id FROM sync_echo)
    ON CONFLICT (connection_id, entity, local_id) DO UPDATE
        SET op = 'upsert', version = version + 1, changed_at = excluded.changed_at, attempts = 0, last_error = '';
END;
CREATE TRIGGER sync_leads_delete AFTER DELETE ON leads BEGIN
    INSERT INTO sync_outbox (connection_id, entity, local_id, op, changed_at)
    SELECT c.id, 'lead', old.id, 'delete', CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER) FROM sync_connections c
    WHERE c.id NOT IN (SELECT connection_id FROM sync_echo)
    ON CONFLICT (connection_id, entity, local_id) DO UPDATE
        SET op = 'delete', version = version + 1, changed_at = excluded.changed_at, attempts = 0, last_error = '';
END;

CREATE TRIGGER sync_deals_insert AFTER INSERT ON deals BEGIN
    INSERT INTO sync_outbox (connection_id, entity, local_id, op, changed_at)
    SELECT c.id, 'deal', new.id, 'upsert', new.updated_at FROM sync_connections c
    WHERE c.id NOT IN (SELECT connection_id FROM sync_echo)
    ON CONFLICT (connection_id, entity, local_id) DO UPDATE
        SET op = 'upsert', version = version + 1, changed_at = excluded.changed_at, attempts = 0, last_error = '';
END;
CREATE TRIGGER sync_deals_update AFTER UPDATE OF title, company, amount, currency, expected_close, probability,
    stage_id, outcome, lead_id ON deals
WHEN old.title IS NOT new.title OR old.company IS NOT new.company OR old.amount IS NOT new.amount
  OR old.currency IS NOT new.currency OR old.expected_close IS NOT new.expected_close
  OR old.probability IS NOT new.probability OR old.stage_id IS NOT new.stage_id OR old.outcome IS NOT new.outcome
  OR old.lead_id IS NOT new.lead_id
BEGIN
    INSERT INTO sync_outbox (connection_id, entity, local_id, op, changed_at)
    SELECT c.id, 'deal', new.id, 'upsert', new.updated_at FROM sync_connections c
    WHERE c.id NOT IN (SELECT connection_id FROM sync_echo)
    ON CONFLICT (connection_id, entity, local_id) DO UPDATE
        SET op = 'upsert', version = version + 1, changed_at = excluded.changed_at, attempts = 0, last_error = '';
END;
CREATE TRIGGER sync_deals_delete AFTER DELETE ON deals BEGIN
    INSERT INTO sync_outbox (connection_id, entity, local_id, op, changed_at)
    SELECT c.id, 'deal', old.id, 'delete', CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER) FROM sync_connections c
    WHERE c.id NOT IN (SELECT connection_id FROM sync_echo)
    ON CONFLICT (connection_id, entity, local_id) DO UPDATE
        SET op = 'delete', version = version + 1, changed_at = excluded.changed_at, attempts = 0, last_error = '';
END;
)sql");
}

void v7PipelineBoard(Database &db)
{
    // The deal board: the order of cards within a column (fractional positions, ties by id), a folded
    // search key over title and company (TextKey::fold, as for leads), and every stage change of a deal
    // with who, when and why (cycle times per stage, win/loss analysis).
    db.exec(R"sql(
ALTER TABLE deals ADD COLUMN board_position REAL NOT NULL DEFAULT 0;
ALTER TABLE deals ADD COLUMN search_key TEXT NOT NULL DEFAULT '';
CREATE INDEX deals_board ON deals(stage_id, board_position);
-- The board's column totals (count, sum, weighted sum per stage and currency, by owner) read this index
-- alone, never the rows.
CREATE INDEX deals_totals ON deals(pipeline_id, stage_id, currency, amount, probability, owner_id);

CREATE TABLE deal_stage_history (
    id            INTEGER PRIMARY KEY,
    deal_id       INTEGER NOT NULL REFERENCES deals(id) ON DELETE CASCADE,
    from_stage_id INTEGER REFERENCES pipeline_stages(id) ON DELETE SET NULL,
    to_stage_id   INTEGER REFERENCES pipeline_stages(id) ON DELETE SET NULL,
    changed_at    INTEGER NOT NULL,
    actor         TEXT NOT NULL DEFAULT '',
    reason        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX deal_stage_history_deal ON deal_stage_history(deal_id, changed_at);
CREATE INDEX deal_stage_history_changed ON deal_stage_history(changed_at);

-- Deals of earlier versions: where each one is now is all that is known of its history.
INSERT INTO deal_stage_history (deal_id, from_stage_id, to_stage_id, changed_at, actor, reason)
SELECT id, NULL, stage_id, stage_entered_at, '', 'In this stage when the stage history began' FROM deals;
)sql");
    Query read(db, "SELECT id, title, company FROM deals");
    Query write(db, "UPDATE deals SET search_key = ? WHERE id = ?");
    while (read.next()) {
        write.reset();
        write.bind(1, TextKey::fold(read.text(1) + u' ' + read.text(2))).bind(2, read.int64(0));
        write.exec();
    }
}

void v8Scoring(Database &db)
{
    // Every change of a lead's score: when, from what, to what, and why (the lead detail's chart and
    // the KPIs read it). The scoring rules and the MQL threshold live in meta (see RuleSet).
    db.exec(R"sql(
CREATE TABLE score_history (
    id         INTEGER PRIMARY KEY,
    lead_id    INTEGER NOT NULL REFERENCES leads(id) ON DELETE CASCADE,
    changed_at INTEGER NOT NULL,
    old_score  INTEGER NOT NULL,
    new_score  INTEGER NOT NULL,
    reason     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX score_history_lead ON score_history(lead_id, changed_at);
)sql");
}

void v9Imports(Database &db)
{
    // Imports: one row per import (file, settings, counters, where to resume after a crash), what each
    // changed (to undo it exactly), saved column mappings. Leads get a flag for values kept as imported
    // although invalid (an e-mail address), cleared when a person edits the value, and two indexes for
    // finding duplicates: phone digits (an expression: no column to keep in step) and name + company.
    db.exec(R"sql(
ALTER TABLE leads ADD COLUMN import_flags INTEGER NOT NULL DEFAULT 0;
CREATE INDEX leads_import_flags ON leads(import_flags) WHERE import_flags <> 0;
CREATE TRIGGER leads_import_flags_email AFTER UPDATE OF email ON leads
WHEN new.email IS NOT old.email AND new.import_flags & 1 BEGIN
    UPDATE leads SET import_flags = import_flags & ~1 WHERE id = new.id;
END;
CREATE INDEX leads_phone_digits ON leads(
    replace(replace(replace(replace(replace(replace(replace(replace(phone, ' ', ''), '-', ''), '.', ''), '(', ''),
    ')', ''), '+', ''), '/', ''), char(160), '')) WHERE phone <> '';
CREATE INDEX leads_name_company ON leads(company_key, name_key, email_key) WHERE company_key <> '';

CREATE TABLE imports (
    id            INTEGER PRIMARY KEY,
    kind          TEXT NOT NULL,               -- leads, activities, campaigns, deals
    file          TEXT NOT NULL,
    file_size     INTEGER NOT NULL DEFAULT 0,
    fingerprint   TEXT NOT NULL DEFAULT '',    -- of the file's first and last bytes and size: "the same file"
    encoding      TEXT NOT NULL DEFAULT '',
    delimiter     TEXT NOT NULL DEFAULT '',
    policy        TEXT NOT NULL DEFAULT '',    -- skip, fill, overwrite
    mapping       TEXT NOT NULL DEFAULT '{}',  -- ColumnMapping JSON
    options       TEXT NOT NULL DEFAULT '{}',
    status        TEXT NOT NULL,               -- running, done, cancelled, failed, undone
    actor         TEXT NOT NULL DEFAULT '',
    started_at    INTEGER NOT NULL,
    finished_at   INTEGER,
    duration_ms   INTEGER NOT NULL DEFAULT 0,
    rows_read     INTEGER NOT NULL DEFAULT 0,
    created       INTEGER NOT NULL DEFAULT 0,
    merged        INTEGER NOT NULL DEFAULT 0,
    rejected      INTEGER NOT NULL DEFAULT 0,
    flagged       INTEGER NOT NULL DEFAULT 0,
    resume_offset INTEGER NOT NULL DEFAULT 0,  -- byte where the next batch starts (whole batches only)
    resume_line   INTEGER NOT NULL DEFAULT 0,
    rejects_file  TEXT NOT NULL DEFAULT '',
    rejects_size  INTEGER NOT NULL DEFAULT 0,  -- bytes of the rejects file that belong to committed batches
    error         TEXT NOT NULL DEFAULT ''
);
CREATE INDEX imports_started ON imports(started_at);

-- Rows an import created, as id ranges (one per batch: ids are consecutive inside a transaction).
CREATE TABLE import_created (
    import_id  INTEGER NOT NULL REFERENCES imports(id) ON DELETE CASCADE,
    tbl        TEXT NOT NULL,                  -- leads, activities, deals, campaigns, campaign_costs
    first_id   INTEGER NOT NULL,
    last_id    INTEGER NOT NULL
);
CREATE INDEX import_created_import ON import_created(import_id);

-- Rows an import changed, with the values they had before (JSON object column -> value).
CREATE TABLE import_changes (
    id         INTEGER PRIMARY KEY,
    import_id  INTEGER NOT NULL REFERENCES imports(id) ON DELETE CASCADE,
    tbl        TEXT NOT NULL,
    row_id     INTEGER NOT NULL,
    before     TEXT NOT NULL,
    history_id INTEGER                          -- the stage_history row the change added, if any
);
CREATE INDEX import_changes_import ON import_changes(import_id);

CREATE TABLE import_mappings (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    kind       TEXT NOT NULL,
    mapping    TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE UNIQUE INDEX import_mappings_name ON import_mappings(kind, name);

-- Daily spend and visitors of a campaign (an ad platform's export); campaigns.cost and .visitors are
-- their sums for campaigns that have them.
CREATE TABLE campaign_costs (
    id          INTEGER PRIMARY KEY,
    campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
    day         TEXT NOT NULL,
    cost        REAL NOT NULL DEFAULT 0,
    clicks      INTEGER NOT NULL DEFAULT 0,
    visitors    INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX campaign_costs_day ON campaign_costs(campaign_id, day);
)sql");
}

void v10OnePhoneIndex(Database &db)
{
    // Capture mode and imports both look duplicates up by the phone without separators; one index
    // (leads_phone_digits, ImportSupport::phoneExpression()) serves both.
    db.exec("DROP INDEX IF EXISTS leads_phone_match");
}

void v11Nurture(Database &db)
{
    // Nurture campaigns (core/nurture): templates, sequences (their flow as JSON), enrolments and the
    // send log. A send row is created before the e-mail leaves and moves queued -> sending -> data ->
    // sent (or retry / failed / bounced): after a crash, "sending" is sent again (the server never got
    // the message) and "data" is not (it may have it), so nothing goes twice and nothing is skipped.
    db.exec(R"sql(
CREATE TABLE nurture_templates (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    subject    TEXT NOT NULL,
    body_text  TEXT NOT NULL,
    body_html  TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE UNIQUE INDEX nurture_templates_name ON nurture_templates(name);

CREATE TABLE nurture_sequences (
    id              INTEGER PRIMARY KEY,
    name            TEXT NOT NULL,
    description     TEXT NOT NULL DEFAULT '',
    status          INTEGER NOT NULL DEFAULT 0,
    flow            TEXT NOT NULL,
    auto_segment_id INTEGER REFERENCES segments(id) ON DELETE SET NULL,
    bant_default    INTEGER NOT NULL DEFAULT 0,
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL
);
CREATE UNIQUE INDEX nurture_sequences_name ON nurture_sequences(name);

CREATE TABLE nurture_enrolments (
    id          INTEGER PRIMARY KEY,
    sequence_id INTEGER NOT NULL REFERENCES nurture_sequences(id) ON DELETE CASCADE,
    lead_id     INTEGER NOT NULL REFERENCES leads(id) ON DELETE CASCADE,
    source      TEXT NOT NULL DEFAULT '',
    state       INTEGER NOT NULL DEFAULT 0,
    step_id     INTEGER NOT NULL DEFAULT 0,
    step_no     INTEGER NOT NULL DEFAULT 0,
    due_at      INTEGER NOT NULL,
    enrolled_at INTEGER NOT NULL,
    ended_at    INTEGER,
    end_reason  TEXT NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX nurture_enrolments_lead ON nurture_enrolments(sequence_id, lead_id);
CREATE INDEX nurture_enrolments_due ON nurture_enrolments(state, due_at);
CREATE INDEX nurture_enrolments_lead_id ON nurture_enrolments(lead_id);

CREATE TABLE nurture_sends (
    id            INTEGER PRIMARY KEY,
    enrolment_id  INTEGER NOT NULL REFERENCES nurture_enrolments(id) ON DELETE CASCADE,
    step_no       INTEGER NOT NULL,
    lead_id       INTEGER NOT NULL REFERENCES leads(id) ON DELETE CASCADE,
    sequence_id   INTEGER NOT NULL,
    step_id       INTEGER NOT NULL,
    template_id   INTEGER,
    to_address    TEXT NOT NULL,
    subject       TEXT NOT NULL DEFAULT '',
    message_id    TEXT NOT NULL,
    state         INTEGER NOT NULL DEFAULT 0,
    attempts      INTEGER NOT NULL DEFAULT 0,
    next_attempt  INTEGER,
    last_error    TEXT NOT NULL DEFAULT '',
    created_at    INTEGER NOT NULL,
    sent_at       INTEGER
);
CREATE UNIQUE INDEX nurture_sends_step ON nurture_sends(enrolment_id, step_no);
CREATE INDEX nurture_sends_lead ON nurture_sends(lead_id, sent_at);
CREATE INDEX nurture_sends_state ON nurture_sends(state);
CREATE INDEX nurture_sends_stats ON nurture_sends(sequence_id, step_id);

-- The token of a lead's unsubscribe link (List-Unsubscribe and the footer).
CREATE TABLE nurture_tokens (
    lead_id INTEGER PRIMARY KEY REFERENCES leads(id) ON DELETE CASCADE,
    token   TEXT NOT NULL UNIQUE
);
)sql");
}

void v12Kpi(Database &db)
{
    // The KPI dashboard recomputes over a million leads in a few hundred milliseconds: leads created per
    // UTC day are counted by stage, once in total (dim 0) and per campaign (1), source (2) and owner (3),
    // kept in step by triggers, so a date range reads a few thousand rows instead of the leads. Deals won
    // and trials started are read through covering indexes.
    db.exec(R"sql(
CREATE TABLE kpi_lead_days (
    dim   INTEGER NOT NULL,   -- 0 all, 1 campaign, 2 source, 3 owner
    day   TEXT NOT NULL,      -- YYYY-MM-DD (UTC) of leads.created_at
    key   TEXT NOT NULL,      -- campaign id, source key or rep id as text; '' none
    stage INTEGER NOT NULL,   -- the leads' current lifecycle stage
    leads INTEGER NOT NULL,
    PRIMARY KEY (dim, day, key, stage)
) WITHOUT ROWID;

INSERT INTO kpi_lead_days (dim, day, key, stage, leads)
SELECT 0, date(created_at / 1000, 'unixepoch'), '', stage, count(*) FROM leads GROUP BY 2, 4;
INSERT INTO kpi_lead_days (dim, day, key, stage, leads)
SELECT 1, date(created_at / 1000, 'unixepoch'), ifnull(campaign_id, ''), stage, count(*) FROM leads GROUP BY 2, 3, 4;
INSERT INTO kpi_lead_days (dim, day, key, stage, leads)
SELECT 2, date(created_at / 1000, 'unixepoch'), source, stage, count(*) FROM leads GROUP BY 2, 3, 4;
INSERT INTO kpi_lead_days (dim, day, key, stage, leads)
SELECT 3, date(created_at / 1000, 'unixepoch'), ifnull(owner_id, ''), stage, count(*) FROM leads GROUP BY 2, 3, 4;

CREATE TRIGGER kpi_leads_insert AFTER INSERT ON leads BEGIN
    INSERT INTO kpi_lead_days VALUES (0, date(new.created_at / 1000, 'unixepoch'), '', new.stage, 1)
        ON CONFLICT DO UPDATE SET leads = leads + 1;
    INSERT INTO kpi_lead_days VALUES (1, date(new.created_at / 1000, 'unixepoch'), ifnull(new.campaign_id, ''), new.stage, 1)
        ON CONFLICT DO UPDATE SET leads = leads + 1;
    INSERT INTO kpi_lead_days VALUES (2, date(new.created_at / 1000, 'unixepoch'), new.source, new.stage, 1)
        ON CONFLICT DO UPDATE SET leads = leads + 1;
    INSERT INTO kpi_lead_days VALUES (3, date(new.created_at / 1000, 'unixepoch'), ifnull(new.owner_id, ''), new.stage, 1)
        ON CONFLICT DO UPDATE SET leads = leads + 1;
END;
CREATE TRIGGER kpi_leads_delete AFTER DELETE ON leads BEGIN
    UPDATE kpi_lead_days SET leads = leads - 1 WHERE day = date(old.created_at / 1000, 'unixepoch') AND stage = old.stage
        AND ((dim = 0 AND key = '') OR (dim = 1 AND key = CAST(ifnull(old.campaign_id, '') AS TEXT))
             OR (dim = 2 AND key = old.source) OR (dim = 3 AND key = CAST(ifnull(old.owner_id, '') AS TEXT)));
END;
CREATE TRIGGER kpi_leads_update AFTER UPDATE OF stage, campaign_id, source, owner_id, created_at ON leads
WHEN new.stage IS NOT old.stage OR new.campaign_id IS NOT old.campaign_id OR new.source IS NOT old.source
     OR new.owner_id IS NOT old.owner_id OR new.created_at IS NOT old.created_at BEGIN
    UPDATE kpi_lead_days SET leads = leads - 1 WHERE day = date(old.created_at / 1000, 'unixepoch') AND stage = old.stage
        AND ((dim = 0 AND key = '') OR (dim = 1 AND key = CAST(ifnull(old.campaign_id, '') AS TEXT))
             OR (dim = 2 AND key = old.source) OR (dim = 3 AND key = CAST(ifnull(old.owner_id, '') AS TEXT)));
    INSERT INTO kpi_lead_days VALUES (0, date(new.created_at / 1000, 'unixepoch'), '', new.stage, 1)
        ON CONFLICT DO UPDATE SET leads = leads + 1;
    INSERT INTO kpi_lead_days VALUES (1, date(new.created_at / 1000, 'unixepoch'), ifnull(new.campaign_id, ''), new.stage, 1)
        ON CONFLICT DO UPDATE SET leads = leads + 1;
    INSERT INTO kpi_lead_days VALUES (2, date(new.created_at / 1000, 'unixepoch'), new.source, new.stage, 1)
        ON CONFLICT DO UPDATE SET leads = leads + 1;
    INSERT INTO kpi_lead_days VALUES (3, date(new.created_at / 1000, 'unixepoch'), ifnull(new.owner_id, ''), new.stage, 1)
        ON CONFLICT DO UPDATE SET leads = leads + 1;
END;

-- Won deals by close time with everything the KPIs read; trials by time; campaign cost entries by day.
CREATE INDEX deals_kpi ON deals(outcome, closed_at, lead_id, amount, gross_margin, owner_id, created_at);
CREATE INDEX activities_kpi ON activities(type, occurred_at, lead_id);
CREATE INDEX campaign_costs_kpi ON campaign_costs(day, campaign_id, cost, visitors);
-- The drill-down lists: leads of a campaign / source / owner created in a range.
CREATE INDEX leads_kpi_campaign ON leads(campaign_id, created_at);
CREATE INDEX leads_kpi_source ON leads(source, created_at);
CREATE INDEX leads_kpi_owner ON leads(owner_id, created_at);
)sql");
}

void v13KpiFacts(Database &db)
{
    // The dashboard reads every won deal (a customer's first win and lifetime value) and the trials of a
    // range with their lead's campaign, source and owner. Joined to the leads at read time, those tens of
    // thousands of scattered row lookups were most of a recompute; here they are kept, narrow and
    // denormalised, by triggers on deals, activities and the leads' attributes.
    const std::string trial = std::to_string(int(ActivityType::TrialStarted));
    db.exec(R"sql(
CREATE TABLE kpi_won_deals (
    deal_id      INTEGER PRIMARY KEY,
    lead_id      INTEGER,              -- the customer; NULL: the deal has no lead
    closed_at    INTEGER NOT NULL,
    amount       REAL NOT NULL,
    gross_margin REAL NOT NULL,
    owner_id     INTEGER,              -- the deal's owner
    first_touch  INTEGER NOT NULL,     -- the lead's created_at, else the deal's
    campaign_id  INTEGER,              -- the lead's
    source       TEXT NOT NULL         -- the lead's; '' without a lead
);
CREATE INDEX kpi_won_deals_lead ON kpi_won_deals(lead_id);
INSERT INTO kpi_won_deals
SELECT d.id, d.lead_id, d.closed_at, d.amount, ifnull(d.gross_margin, 0), d.owner_id, ifnull(l.created_at, d.created_at),
       l.campaign_id, ifnull(l.source, '')
FROM deals d LEFT JOIN leads l ON l.id = d.lead_id WHERE d.outcome = 1 AND d.closed_at IS NOT NULL;

CREATE TRIGGER kpi_deals_insert AFTER INSERT ON deals WHEN new.outcome = 1 AND new.closed_at IS NOT NULL BEGIN
    INSERT OR REPLACE INTO kpi_won_deals
    SELECT d.id, d.lead_id, d.closed_at, d.amount, ifnull(d.gross_margin, 0), d.owner_id,
           ifnull(l.created_at, d.created_at), l.campaign_id, ifnull(l.source, '')
    FROM deals d LEFT JOIN leads l ON l.id = d.lead_id WHERE d.id = new.id;
END;
CREATE TRIGGER kpi_deals_update AFTER UPDATE OF id, outcome, closed_at, amount, gross_margin, owner_id, lead_id, created_at
ON deals
WHEN new.id IS NOT old.id OR new.outcome IS NOT old.outcome OR new.closed_at IS NOT old.closed_at
     OR new.amount IS NOT old.amount OR new.gross_margin IS NOT old.gross_margin OR new.owner_id IS NOT old.owner_id
     OR new.lead_id IS NOT old.lead_id OR new.created_at IS NOT old.created_at BEGIN
    DELETE FROM kpi_won_deals WHERE deal_id = old.id;
    INSERT OR REPLACE INTO kpi_won_deals
    SELECT d.id, d.lead_id, d.closed_at, d.amount, ifnull(d.gross_margin, 0), d.owner_id,
           ifnull(l.created_at, d.created_at), l.campaign_id, ifnull(l.source, '')
    FROM deals d LEFT JOIN leads l ON l.id = d.lead_id
    WHERE d.id = new.id AND d.outcome = 1 AND d.closed_at IS NOT NULL;
END;
CREATE TRIGGER kpi_deals_delete AFTER DELETE ON deals BEGIN
    DELETE FROM kpi_won_deals WHERE deal_id = old.id;
END;

CREATE TABLE kpi_trials (
    activity_id INTEGER PRIMARY KEY,
    lead_id     INTEGER NOT NULL,
    occurred_at INTEGER NOT NULL,
    campaign_id INTEGER,               -- the lead's
    source      TEXT NOT NULL,         -- the lead's
    owner_id    INTEGER                -- the lead's
);
CREATE INDEX kpi_trials_time ON kpi_trials(occurred_at, lead_id, campaign_id, source, owner_id);
CREATE INDEX kpi_trials_lead ON kpi_trials(lead_id);
INSERT INTO kpi_trials
SELECT a.id, a.lead_id, a.occurred_at, l.campaign_id, l.source, l.owner_id
FROM activities a JOIN leads l ON l.id = a.lead_id WHERE a.type = )sql" + trial + R"sql(;

CREATE TRIGGER kpi_trials_insert AFTER INSERT ON activities WHEN new.type = )sql" + trial + R"sql( BEGIN
    INSERT OR REPLACE INTO kpi_trials
    SELECT new.id, new.lead_id, new.occurred_at, l.campaign_id, l.source, l.owner_id FROM leads l WHERE l.id = new.lead_id;
END;
CREATE TRIGGER kpi_trials_update AFTER UPDATE OF id, type, occurred_at, lead_id ON activities
WHEN old.type = )sql" + trial + R"sql( OR new.type = )sql" + trial + R"sql( BEGIN
    DELETE FROM kpi_trials WHERE activity_id = old.id;
    INSERT OR REPLACE INTO kpi_trials
    SELECT new.id, new.lead_id, new.occurred_at, l.campaign_id, l.source, l.owner_id FROM leads l
    WHERE l.id = new.lead_id AND new.type = )sql" + trial + R"sql(;
END;
CREATE TRIGGER kpi_trials_delete AFTER DELETE ON activities WHEN old.type = )sql" + trial + R"sql( BEGIN
    DELETE FROM kpi_trials WHERE activity_id = old.id;
END;

-- A lead's campaign, source, owner or creation time moves its won deals and trials with it.
CREATE TRIGGER kpi_leads_facts AFTER UPDATE OF campaign_id, source, owner_id, created_at ON leads
WHEN new.campaign_id IS NOT old.campaign_id OR new.source IS NOT old.source OR new.owner_id IS NOT old.owner_id
     OR new.created_at IS NOT old.created_at BEGIN
    UPDATE kpi_won_deals SET campaign_id = new.campaign_id, source = new.source, first_touch = new.created_at
    WHERE lead_id = new.id;
    UPDATE kpi_trials SET campaign_id = new.campaign_id, source = new.source, owner_id = new.owner_id
    WHERE lead_id = new.id;
END;

-- What the joins read before: no other query needs these.
DROP INDEX deals_kpi;
DROP INDEX activities_kpi;
)sql");
}

void v14LeadScores(Database &db)
{
    // Scores live in a narrow table of their own: a full re-score changes hundreds of thousands of them,
    // and in the wide leads rows that rewrote nearly every page of the table (and two indexes); here it
    // touches a few megabytes. Every lead has a row (the trigger gives new leads 0; the rules score them
    // at once), and deleting a lead deletes it. leads_facets keeps the other filter columns; a score
    // range reads lead_scores_score.
    db.exec(R"sql(
CREATE TABLE lead_scores (
    lead_id INTEGER PRIMARY KEY REFERENCES leads(id) ON DELETE CASCADE,
    score   INTEGER NOT NULL DEFAULT 0
);
INSERT INTO lead_scores (lead_id, score) SELECT id, score FROM leads ORDER BY id;
CREATE INDEX lead_scores_score ON lead_scores(score);
CREATE TRIGGER lead_scores_insert AFTER INSERT ON leads BEGIN
    INSERT INTO lead_scores (lead_id, score) VALUES (new.id, 0) ON CONFLICT (lead_id) DO NOTHING;
END;
DROP INDEX IF EXISTS leads_score;
DROP INDEX IF EXISTS leads_facets;
ALTER TABLE leads DROP COLUMN score;
-- Indexes a killed import suspended (ImportSupport) must not bring back the ones on leads.score.
UPDATE meta SET value = (SELECT json_group_array(json(s.value)) FROM json_each(meta.value) AS s
                         WHERE json_extract(s.value, '$.name') NOT IN ('leads_score', 'leads_facets'))
 WHERE key = 'import.suspended_indexes';
CREATE INDEX leads_facets ON leads(stage, ifnull(owner_id, 0), source, country, created_at);
)sql");
}

void v15ScoreRuns(Database &db)
{
    // A re-score of many leads (every lead after a rule change, the daily decay, an import) is kept as
    // one run: when, why, and each lead it changed, stored in the order it is written (run, lead). Kept
    // per lead in score_history, its hundreds of thousands of rows went into an index on (lead_id,
    // changed_at) that grows with the years: each run dirtied nearly every page of it, and writing that
    // took longer than scoring. A lead's history reads its rows of score_history (a change of that lead
    // alone) and probes each run for it (score_changes: CROSS JOIN keeps the runs outside, else SQLite may
// scan every run's changes for the lead). score_run_changes has no foreign key to leads:
    // one would need that per-lead index again. A deleted lead's id goes to score_purge instead (when),
    // and a full re-score a week later deletes its run changes, unless the lead came back by then: undo
    // and unmerge put a lead back with its id, and its run history is still there.
    db.exec(R"sql(
CREATE TABLE score_runs (
    id           INTEGER PRIMARY KEY,
    at           INTEGER NOT NULL,
    reason       TEXT NOT NULL DEFAULT '',
    history_mark INTEGER NOT NULL DEFAULT 0 -- max of score_history.id and earlier marks when the run began
);
CREATE TABLE score_run_changes (
    run_id    INTEGER NOT NULL REFERENCES score_runs(id) ON DELETE CASCADE,
    lead_id   INTEGER NOT NULL,
    old_score INTEGER NOT NULL,
    new_score INTEGER NOT NULL,
    PRIMARY KEY (run_id, lead_id)
) WITHOUT ROWID;
CREATE TABLE score_purge (
    lead_id    INTEGER PRIMARY KEY,
    deleted_at INTEGER NOT NULL -- ms since the epoch
);
CREATE TRIGGER score_purge_lead AFTER DELETE ON leads BEGIN
    INSERT OR REPLACE INTO score_purge (lead_id, deleted_at)
    VALUES (old.id, CAST(round((julianday('now') - 2440587.5) * 86400000) AS INTEGER));
END;
-- In the order of changes: ORDER BY changed_at, seq, run_id (seq: where a change falls among the ones
-- written at the same moment, a run after the lead's changes written before it).
CREATE VIEW score_changes (lead_id, changed_at, old_score, new_score, reason, run_id, seq) AS
    SELECT lead_id, changed_at, old_score, new_score, reason, NULL, 2 * id FROM score_history
    UNION ALL
    SELECT c.lead_id, r.at, c.old_score, c.new_score, r.reason, r.id, 2 * r.history_mark + 1
    FROM score_runs r CROSS JOIN score_run_changes c ON c.run_id = r.id;
)sql");
}

} // namespace

namespace Schema {

const std::vector<Migration> &migrations()
{
    static const std::vector<Migration> list = {
        {1, "leads, activities, stage history, reps, campaigns, segments", v1Leads},
        {2, "full-text search over leads", v2Search},
        {3, "pipelines and deals", v3Deals},
        {4, "trade-show captures", v4TradeShow},
        {5, "routing, qualification and tasks", v5Distribution},
        {6, "CRM sync: connections, field maps, id links, outbox, cursors, conflicts, runs", v6Sync},
        {7, "pipeline board: card order, deal search, deal stage history", v7PipelineBoard},
        {8, "lead scoring: score history", v8Scoring},
        {9, "imports: history, undo, saved mappings, duplicate indexes, campaign costs", v9Imports},
        {10, "one phone index for duplicates", v10OnePhoneIndex},
        {11, "nurture campaigns: templates, sequences, enrolments, send log", v11Nurture},
        {12, "KPIs: leads per day and stage, indexes for won deals, trials and campaign costs", v12Kpi},
        {13, "KPIs: won deals and trials with their leads' campaign, source and owner", v13KpiFacts},
        {14, "lead scores in a narrow table of their own", v14LeadScores},
        {15, "score history of re-scores of many leads kept per run", v15ScoreRuns},
    };
    return list;
}

int currentVersion()
{
    return migrations().back().version;
}

void migrate(Database &db, int targetVersion, const std::function<void(int done, int total)> &progress)
{
    const int from = int(db.pragmaInt("user_version"));
    const int total = int(std::count_if(migrations().cbegin(), migrations().cend(), [&](const Migration &m) {
        return m.version > from && m.version <= targetVersion;
    }));
    int done = 0;
    if (progress && total > 0)
        progress(done, total);
    for (const Migration &migration : migrations()) {
        if (migration.version <= from || migration.version > targetVersion)
            continue;
        Transaction tx(db);
        if (migration.version == 1)
            db.exec("PRAGMA application_id = " + std::to_string(ApplicationId));
        migration.apply(db);
        db.exec("PRAGMA user_version = " + std::to_string(migration.version));
        tx.commit();
        if (progress)
            progress(++done, total);
    }
}

} // namespace Schema
