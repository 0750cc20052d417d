// First full sync of 100,000 leads to the fake HubSpot (tests/fakes/fake_hubspot.py) under HubSpot's
// documented rate limit for private apps: 100 requests per 10 seconds.
//
//   bench_sync [--leads N] [--per-record M]
//
// The floor is the number of batch requests divided by the allowed rate (N / 100 upserts at 10 per
// second); the goal is within 1.2x of it with under 1% of requests answered 429. Beside it, in the
// same run, the same leads one request per record (POST /crm/v3/objects/contacts), measured on M
// records (default 500) and extrapolated to N: one request per record at the same rate.
#include "BenchSupport.h"

#include "leads/LeadRepository.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/Transaction.h"
#include "sync/Connector.h"
#include "sync/ConnectorRegistry.h"
#include "sync/HttpClient.h"
#include "sync/RestSupport.h"
#include "sync/SyncEngine.h"
#include "sync/SyncStore.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

const QString Token = u"pat-na1-bench"_s;

struct Fake
{
    QProcess process;
    int port = 0;

    bool start(const QString &faults)
    {
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start(u"/usr/bin/python3"_s, {QStringLiteral(LEADBENCH_FAKES_DIR) + u"/fake_hubspot.py"_s, u"--port"_s, u"0"_s,
                                              u"--token"_s, Token, u"--faults"_s, faults});
        if (!process.waitForStarted(10000))
            return false;
        QByteArray line;
        while (!line.contains('\n') && process.waitForReadyRead(15000))
            line += process.readAllStandardOutput();
        const auto m = QRegularExpression(u"PORT (\\d+)"_s).match(QString::fromUtf8(line));
        port = m.hasMatch() ? m.captured(1).toInt() : 0;
        return port > 0;
    }
    ~Fake()
    {
        process.terminate();
        if (!process.waitForFinished(5000))
            process.kill();
    }
    QString url() const { return u"http://127.0.0.1:%1"_s.arg(port); }
    QJsonObject stats()
    {
        Sync::HttpClient http;
        Sync::HttpRequest r;
        r.method = "POST";
        r.url = url() + u"/__control/stats"_s;
        r.body = "{}";
        r.headers = {{"Content-Type", "application/json"}};
        return QJsonDocument::fromJson(http.send(r).body).object();
    }
};

QString rateFaults()
{
    return u"{\"rate\": {\"max\": 100, \"interval_ms\": 10000}}"_s;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    qint64 leads = 100000;
    qint64 perRecord = 500;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == u"--leads"_s)
            leads = args.at(i + 1).toLongLong();
        if (args.at(i) == u"--per-record"_s)
            perRecord = args.at(i + 1).toLongLong();
    }
    perRecord = std::min(perRecord, leads);

    Sync::Connector *hubspot = Sync::ConnectorRegistry::global().connector(u"hubspot"_s);
    if (!hubspot) {
        std::fprintf(stderr, "bench_sync: the HubSpot plug-in is not in %s\n",
                     qPrintable(Sync::ConnectorRegistry::defaultFolders().join(u", "_s)));
        return 1;
    }

    QTemporaryDir dir;
    const QString path = dir.filePath(u"bench_sync.leadbench"_s);
    Workspace::OpenOptions options;
    options.create = true;
    auto ws = Workspace::open(path, options);
    {
        Transaction tx(ws->db());
        Query insert(ws->db(), LeadRepository::insertSql());
        for (qint64 i = 0; i < leads; ++i) {
            Lead lead;
            lead.firstName = u"Lead%1"_s.arg(i);
            lead.lastName = u"Bench"_s;
            lead.email = u"lead%1@bench.example.com"_s.arg(i);
            lead.company = u"Company %1"_s.arg(i % 5000);
            lead.city = u"Lisboa"_s;
            lead.stage = i % 4 == 0 ? Stage::MQL : Stage::Lead;
            lead.createdAt = lead.updatedAt = 1700000000000 + i;
            insert.reset();
            LeadRepository::bindLeadColumns(insert, lead, 1);
            insert.exec();
        }
        tx.commit();
    }

    // Batched: the engine's first full sync (pull, then upserts of 100).
    double batchedSeconds = 0;
    qint64 batchRequests = 0;
    qint64 requests = 0;
    qint64 rateLimited = 0;
    {
        Fake fake;
        if (!fake.start(rateFaults())) {
            std::fprintf(stderr, "bench_sync: the fake HubSpot did not start\n");
            return 1;
        }
        Sync::SyncStore store(ws->db());
        Sync::Connection c;
        c.name = u"HubSpot"_s;
        c.connector = u"hubspot"_s;
        c.settings = {{u"base_url"_s, fake.url()}};
        const qint64 id = store.addConnection(c, hubspot->entities());
        Sync::SyncEngine engine(ws->db(), *hubspot, u"bench"_s);
        QElapsedTimer t;
        t.start();
        const Sync::SyncReport report = engine.run(id, {{u"token"_s, Token}}, Sync::SyncOptions());
        batchedSeconds = Bench::ms(t) / 1000.0;
        if (report.status != u"ok"_s || report.pushed != leads) {
            std::fprintf(stderr, "bench_sync: the sync did not finish: %s\n", qPrintable(report.message));
            return 1;
        }
        const QJsonObject stats = fake.stats();
        batchRequests = stats.value(u"POST /crm/v3/objects/contacts/batch/upsert"_s).toInt();
        requests = stats.value(u"requests"_s).toInt();
        rateLimited = stats.value(u"rate_limited"_s).toInt();
    }

    // One request per record, same rate, same client (rate limiter, retries).
    double perRecordSeconds = 0;
    qint64 perRecordRequests = 0;
    qint64 perRecordLimited = 0;
    {
        Fake fake;
        if (!fake.start(rateFaults()))
            return 1;
        Sync::HttpClient http;
        http.setRateLimits(hubspot->rateLimits());
        QElapsedTimer t;
        t.start();
        for (qint64 i = 0; i < perRecord; ++i) {
            const QJsonObject body{{u"properties"_s, QJsonObject{{u"email"_s, u"single%1@bench.example.com"_s.arg(i)},
                                                                 {u"firstname"_s, u"Lead%1"_s.arg(i)},
                                                                 {u"lastname"_s, u"Bench"_s}}}};
            const auto r = Sync::Rest::call(http, "POST", fake.url() + u"/crm/v3/objects/contacts"_s,
                                            {{QByteArray("Authorization"), "Bearer " + Token.toUtf8()}}, QJsonDocument(body));
            if (r.status != 201) {
                std::fprintf(stderr, "bench_sync: a single create answered %d\n", r.status);
                return 1;
            }
        }
        perRecordSeconds = Bench::ms(t) / 1000.0;
        const QJsonObject stats = fake.stats();
        perRecordRequests = stats.value(u"requests"_s).toInt();
        perRecordLimited = stats.value(u"rate_limited"_s).toInt();
    }

    const double rate = 100.0 / 10.0; // requests per second, documented
    const double floorSeconds = double(batchRequests) / rate;
    const double perRecordExtrapolated = perRecordSeconds * double(leads) / double(perRecord);
    const QByteArray nameFull = QStringLiteral("sync_first_full_%1_leads_vs_floor").arg(leads).toUtf8();
    const QByteArray note = QStringLiteral("%1 batch upserts of 100, %2 requests in all; floor = batch requests / "
                                           "(100 per 10 s) = %3 s; the rolling window lets the first 100 go at once")
                                .arg(batchRequests)
                                .arg(requests)
                                .arg(floorSeconds, 0, 'f', 1)
                                .toUtf8();
    Bench::report(nameFull.constData(), batchedSeconds, "s", floorSeconds, 1.2, note.constData());
    const double share = requests ? 100.0 * double(rateLimited) / double(requests) : 0;
    const double baselineShare = perRecordRequests ? 100.0 * double(perRecordLimited) / double(perRecordRequests) : 0;
    Bench::report("sync_requests_answered_429", share, "%", baselineShare, 1.0,
                  "baseline: the one-request-per-record run's share");
    const QByteArray notePer = QStringLiteral("baseline: one POST per record, %1 records measured (%2 s) and "
                                              "extrapolated to %3 at the same rate")
                                   .arg(perRecord)
                                   .arg(perRecordSeconds, 0, 'f', 1)
                                   .arg(leads)
                                   .toUtf8();
    Bench::report("sync_first_full_batched_vs_one_request_per_record", batchedSeconds, "s", perRecordExtrapolated, -1,
                  notePer.constData());
    return 0;
}
