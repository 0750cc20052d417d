#pragma once

#include <functional>
#include <vector>

class Database;

// The workspace schema, versioned by PRAGMA user_version. A migration is never edited once it has
// shipped: change the schema by appending one. tests/core/tst_schema opens a database of every earlier
// version (tests/data/schema_vN.sql) and migrates it.
namespace Schema {

// PRAGMA application_id of a Leadbench workspace ("LBNC").
constexpr int ApplicationId = 0x4C424E43;

struct Migration
{
    int version;                       // user_version after it ran
    const char *description;
    std::function<void(Database &)> apply;
};

const std::vector<Migration> &migrations();
int currentVersion();

// Brings an empty database or one at an earlier version up to targetVersion, each migration in its own
// transaction (a failure leaves the database at the last completed version).
// Applies each migration after the file's version up to targetVersion, one transaction each; progress
// (if any) hears the migrations done of those to do, before the first and after each.
void migrate(Database &db, int targetVersion = currentVersion(),
             const std::function<void(int done, int total)> &progress = {});

} // namespace Schema
