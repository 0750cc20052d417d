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
void migrate(Database &db, int targetVersion = currentVersion());

} // namespace Schema
