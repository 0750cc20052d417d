// Writes tests/data/workspace_vN.leadbench: a workspace at schema version N holding the sample data
// tst_schema expects, for the migration test of every earlier version. Run it for the version that a
// new migration leaves behind, before the migration is appended... or at any time later: migrations
// never change once shipped, so migrating an empty file up to N gives exactly version N's schema.
//
//   make_schema_fixture N OUT
#include "storage/Database.h"
#include "workspace/Schema.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: make_schema_fixture VERSION OUT\n");
        return 2;
    }
    const int version = args.at(1).toInt();
    if (version < 1 || version > Schema::currentVersion()) {
        std::fprintf(stderr, "version must be 1..%d\n", Schema::currentVersion());
        return 2;
    }
    const QString path = args.at(2);
    QFile::remove(path);
    auto db = Database::open(path, Database::Access::ReadWrite, true);
    db->exec("PRAGMA journal_mode = WAL");
    Schema::migrate(*db, version);
    // The sample of version 1's tables; later tables start empty in a fixture.
    std::string sample = R"(
INSERT INTO reps (id, name, email, team, active, created_at) VALUES (1, 'Claire Dubois', 'claire@example.com', 'EU West', 1, 1700000000000);
INSERT INTO campaigns (id, name, channel, cost, visitors, starts_on, ends_on, created_at) VALUES (1, 'Salon Vivatech Paris', 'trade_show', 28000, 4200, '2026-06-10', '2026-06-14', 1700000000000);
INSERT INTO leads (id, first_name, last_name, email, phone, job_title, company, industry, company_size, annual_revenue, country, region, city, source, campaign_id, lead_magnet, consent_at, consent_source, stage, score, owner_id, notes, created_at, updated_at, name_key, company_key, email_key)
 VALUES (1, 'Élodie', 'Moreau', 'Elodie.Moreau@atelier-moreau.fr', '+33 1 23 45 67 89', 'Directrice générale', 'Atelier Moreau SAS', 'Retail', 45, 5200000, 'France', 'Île-de-France', 'Paris', 'trade_show', 1, 'Live demo', 1700000000000, 'Trade show badge scan', 3, 55, 1, 'Met at the stand.', 1700000000000, 1700000100000, 'moreau elodie', 'atelier moreau sas', 'elodie.moreau@atelier-moreau.fr'),
        (2, 'Γιώργος', 'Παπαδόπουλος', 'g.papadopoulos@example.gr', '', 'Διευθυντής Πωλήσεων', 'Ναυτιλιακή Α.Ε.', 'Logistics', NULL, NULL, 'Greece', 'Attica', 'Αθήνα', 'webinar', NULL, 'Webinar: lead scoring 101', NULL, '', 2, 10, NULL, '', 1700000200000, 1700000200000, 'παπαδοπουλοσ γιωργοσ', 'ναυτιλιακη α.ε.', 'g.papadopoulos@example.gr');
INSERT INTO activities (lead_id, type, occurred_at, detail, actor, created_at) VALUES (1, 7, 1700000050000, 'https://leadbench.example/pricing', 'web', 1700000050000), (1, 11, 1700000060000, 'Discovery call', 'web', 1700000060000), (2, 10, 1700000210000, 'Webinar: lead scoring 101', 'import', 1700000210000);
INSERT INTO stage_history (lead_id, from_stage, to_stage, changed_at, actor, reason, score) VALUES (1, NULL, 2, 1700000000000, 'import', 'Created', 0), (1, 2, 3, 1700000070000, 'scoring', 'Score reached the MQL threshold', 55), (2, NULL, 2, 1700000200000, 'import', 'Created', 0);
INSERT INTO segments (name, filter, created_at, updated_at) VALUES ('Hot in France', '{"countries":["France"],"temperatures":["hot"]}', 1700000000000, 1700000000000);
)";
    if (version >= 14) { // leads.score moved to lead_scores: the sample's two scores go there below
        const auto drop = [&](const std::string &what, const std::string &by) {
            for (size_t at = sample.find(what); at != std::string::npos; at = sample.find(what, at + by.size()))
                sample.replace(at, what.size(), by);
        };
        drop("stage, score, owner_id", "stage, owner_id");
        drop("'Trade show badge scan', 3, 55, 1,", "'Trade show badge scan', 3, 1,");
        drop("'', 2, 10, NULL,", "'', 2, NULL,");
    }
    db->exec(sample);
    if (version >= 14) // scores moved to lead_scores (the trigger made their rows)
        db->exec("UPDATE lead_scores SET score = CASE lead_id WHEN 1 THEN 55 ELSE 10 END");
    db->exec("PRAGMA wal_checkpoint(TRUNCATE)");
    return 0;
}
