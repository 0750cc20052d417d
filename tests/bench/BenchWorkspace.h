#pragma once

// The demo workspace of a million leads that bench_leads and bench_scoring share (built once, reused by
// later runs: the demo generator takes minutes at that size).

#include "BenchSupport.h"

#include "demo/DemoGenerator.h"
#include "leads/LeadRepository.h"
#include "storage/Database.h"
#include "storage/StorageError.h"
#include "workspace/Workspace.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QString>

#include <cstdio>

namespace Bench {

// Whether path holds a workspace with exactly that many leads; an older format is upgraded on the way.
inline bool hasDemoWorkspace(const QString &path, qint64 leads)
{
    if (!QFileInfo::exists(path))
        return false;
    try {
        auto ws = Workspace::open(path, Workspace::OpenOptions{Workspace::OpenOptions::Verify::Quick, false, false});
        return ws->leads().count() == leads;
    } catch (const StorageError &e) {
        std::fprintf(stderr, "bench: cannot use %s: %s\n", qPrintable(path), qPrintable(e.message()));
        return false;
    }
}

// Replaces path with a new demo workspace of that size and reports demo_generation_s.
inline DemoGenerator::Result buildDemoWorkspace(const QString &path, qint64 leads, double activitiesPerLead)
{
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    Workspace::OpenOptions options;
    options.create = true;
    auto ws = Workspace::open(path, options);
    DemoGenerator::Options demo;
    demo.leads = leads;
    demo.activitiesPerLead = activitiesPerLead;
    QElapsedTimer t;
    t.start();
    ws->db().exec("PRAGMA synchronous = NORMAL"); // bulk set-up only
    const DemoGenerator::Result result = DemoGenerator::generate(ws->db(), demo, [&](qint64 done, qint64 total) {
        if (done % 100000 == 0 || done == total)
            std::fprintf(stderr, "  %lld / %lld leads, %.0f s\n", done, total, double(t.elapsed()) / 1000.0);
        return true;
    });
    ws->db().exec("PRAGMA analysis_limit = 1000; PRAGMA optimize; PRAGMA wal_checkpoint(TRUNCATE)");
    report("demo_generation_s", double(t.elapsed()) / 1000.0, "s", 0);
    return result;
}

} // namespace Bench
