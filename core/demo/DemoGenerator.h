#pragma once

#include <QtGlobal>

#include <functional>

class Database;

// Builds a realistic workspace for people to try Leadbench and for the benchmarks: reps, campaigns with
// costs, leads from France, Brazil, Portugal, Italy, Greece and elsewhere (names, companies, titles and
// cities in their own languages), their behaviour (e-mail opens, clicks, page visits, downloads,
// meetings, trials), a lifecycle that follows that behaviour with its stage history, and deals with a
// pipeline. The same seed gives the same workspace.
class DemoGenerator
{
public:
    struct Options
    {
        qint64 leads = 5000;
        double activitiesPerLead = 5.0; // on average
        quint64 seed = 20261123;
        int reps = 12;
        qint64 now = 0; // "today" (ms since the epoch): dates and score decay are relative to it; 0: now
    };
    struct Result
    {
        qint64 leads = 0;
        qint64 activities = 0;
        qint64 stageChanges = 0;
        qint64 deals = 0;
        int reps = 0;
        int campaigns = 0;
    };
    // Called after each batch with (leads written, leads asked); return false to stop after that batch.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    // Adds to whatever the workspace holds, in batches of whole leads (a stop or a crash keeps whole
    // leads only). Reps, campaigns and the pipeline are reused when they exist.
    static Result generate(Database &db, const Options &options, const Progress &progress = {});
};
