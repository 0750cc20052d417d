#include "Schema.h"

#include "storage/Database.h"
#include "storage/Transaction.h"

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

void v4Imports(Database &db)
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

} // namespace

namespace Schema {

const std::vector<Migration> &migrations()
{
    static const std::vector<Migration> list = {
        {1, "leads, activities, stage history, reps, campaigns, segments", v1Leads},
        {2, "full-text search over leads", v2Search},
        {3, "pipelines and deals", v3Deals},
        {4, "imports: history, undo, saved mappings, duplicate indexes, campaign costs", v4Imports},
    };
    return list;
}

int currentVersion()
{
    return migrations().back().version;
}

void migrate(Database &db, int targetVersion)
{
    const int from = int(db.pragmaInt("user_version"));
    for (const Migration &migration : migrations()) {
        if (migration.version <= from || migration.version > targetVersion)
            continue;
        Transaction tx(db);
        if (migration.version == 1)
            db.exec("PRAGMA application_id = " + std::to_string(ApplicationId));
        migration.apply(db);
        db.exec("PRAGMA user_version = " + std::to_string(migration.version));
        tx.commit();
    }
}

} // namespace Schema
