#include "Rescorer.h"

#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/StorageError.h"
#include "storage/Transaction.h"

#include <QDateTime>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

bool canCross(Stage stage)
{
    return stage == Stage::Subscriber || stage == Stage::Lead || stage == Stage::Nurturing;
}

void readField(Lead &l, LeadField field, const Query &q, int column)
{
    switch (field) {
    case LeadField::CompanySize:
        if (!q.isNull(column))
            l.companySize = q.int64(column);
        return;
    case LeadField::AnnualRevenue:
        if (!q.isNull(column))
            l.annualRevenue = q.real(column);
        return;
    case LeadField::ConsentAt:
        if (!q.isNull(column))
            l.consentAt = q.int64(column);
        return;
    case LeadField::UnsubscribedAt:
        if (!q.isNull(column))
            l.unsubscribedAt = q.int64(column);
        return;
    case LeadField::JobTitle: l.jobTitle = q.text(column); return;
    case LeadField::Company: l.company = q.text(column); return;
    case LeadField::Industry: l.industry = q.text(column); return;
    case LeadField::Country: l.country = q.text(column); return;
    case LeadField::Region: l.region = q.text(column); return;
    case LeadField::City: l.city = q.text(column); return;
    case LeadField::Source: l.source = q.text(column); return;
    case LeadField::LeadMagnet: l.leadMagnet = q.text(column); return;
    case LeadField::Email: l.email = q.text(column); return;
    case LeadField::Phone: l.phone = q.text(column); return;
    default: return;
    }
}

// Points the view at the column's bytes (valid until the next step).
void viewField(ProfileView &view, LeadField field, const Query &q, int column)
{
    const auto i = size_t(field);
    switch (field) {
    case LeadField::CompanySize:
    case LeadField::AnnualRevenue:
    case LeadField::ConsentAt:
    case LeadField::UnsubscribedAt:
        if (q.isNull(column))
            view.number[i].reset();
        else
            view.number[i] = q.real(column);
        return;
    default:
        view.text[i] = q.utf8(column);
        return;
    }
}

} // namespace

Rescorer::Rescorer(Database &db, const RuleSet &rules)
    : m_db(db)
    , m_engine(rules)
{
}

QString Rescorer::thresholdReason(int score, int threshold)
{
    return QCoreApplication::translate("Rescorer", "Score %1 reached the MQL threshold (%2)").arg(score).arg(threshold);
}

void Rescorer::tuneForBulk(Database &db, bool write)
{
    db.exec("PRAGMA cache_size = -262144");
    db.exec("PRAGMA mmap_size = 4294967296");
    if (write)
        db.exec("PRAGMA synchronous = NORMAL");
}

std::string Rescorer::leadSql() const
{
    std::string sql = "SELECT id, score, stage";
    for (LeadField f : m_engine.fieldsRead()) {
        sql += ", ";
        sql += LeadFields::info(f).column;
    }
    sql += " FROM leads WHERE id BETWEEN ? AND ? ORDER BY id";
    return sql;
}

void Rescorer::runRange(const Range &range, const QList<qint64> *only, const Options &options, qint64 now,
                        Result &result, QList<Change> *changes)
{
    const QList<LeadField> fields = m_engine.fieldsRead();
    const int threshold = m_engine.ruleSet().mqlThreshold;
    const int previous = options.previousThreshold.value_or(threshold);
    QList<Change> batch;

    Query leads(m_db, leadSql(), range.first, range.last);
    Query acts(m_db,
               "SELECT lead_id, type, occurred_at, detail FROM activities WHERE lead_id BETWEEN ? AND ? "
               "ORDER BY lead_id, occurred_at",
               range.first, range.last);
    bool haveActivity = acts.next();
    std::vector<ScoredActivity> list;
    list.reserve(64);
    ProfileView profile;
    while (leads.next()) {
        const qint64 id = leads.int64(0);
        // Activities of leads before this one (deleted leads, leads outside the set) are skipped.
        while (haveActivity && acts.int64(0) < id)
            haveActivity = acts.next();
        list.clear();
        while (haveActivity && acts.int64(0) == id) {
            const int code = acts.integer(1);
            if (ActivityTypes::isValid(code) && m_engine.readsActivity(ActivityType(code))) {
                ScoredActivity a;
                a.type = ActivityType(code);
                a.occurredAt = acts.int64(2);
                a.hasBits = true;
                if (m_engine.readsDetail(a.type))
                    a.detailBits = m_engine.detailBits(a.type, acts.utf8(3));
                list.push_back(std::move(a));
            }
            haveActivity = acts.next();
        }
        if (only && !std::binary_search(only->cbegin(), only->cend(), id))
            continue;
        const int stored = leads.integer(1);
        const int code = leads.integer(2);
        const Stage stage = Lifecycle::isValid(code) ? Stage(code) : Stage::Lead;
        for (int i = 0; i < fields.size(); ++i)
            viewField(profile, fields.at(i), leads, 3 + i);
        const int score = m_engine.score(profile, list, now);

        ++result.leads;
        ++result.histogram[score];
        ++result.currentHistogram[stored];
        if (score >= threshold)
            ++result.aboveThreshold;
        const bool crosses = canCross(stage) && stored < previous && score >= threshold;
        if (crosses)
            ++result.crossing;
        if (score != stored || crosses) {
            Change c;
            c.leadId = id;
            c.oldScore = stored;
            c.newScore = score;
            if (crosses)
                c.promotedFrom = stage;
            batch << c;
        }
    }
    for (const Change &c : std::as_const(batch)) {
        if (c.oldScore != c.newScore)
            ++result.changed;
        if (c.promotedFrom && options.write)
            ++result.promoted;
    }
    if (options.write && !batch.isEmpty())
        apply(batch, options, now);
    if (changes)
        *changes << batch;
}

void Rescorer::apply(const QList<Change> &changes, const Options &options, qint64 now)
{
    const int threshold = m_engine.ruleSet().mqlThreshold;
    Query update(m_db, "UPDATE leads SET score = ? WHERE id = ?");
    Query history(m_db, "INSERT INTO score_history (lead_id, changed_at, old_score, new_score, reason) "
                        "VALUES (?, ?, ?, ?, ?)");
    for (const Change &c : changes) {
        if (c.oldScore == c.newScore)
            continue;
        update.reset();
        update.bind(1, c.newScore).bind(2, c.leadId);
        update.exec();
        history.reset();
        history.bind(1, c.leadId).bind(2, now).bind(3, c.oldScore).bind(4, c.newScore).bind(5, options.reason);
        history.exec();
    }
    for (const Change &c : changes) {
        if (!c.promotedFrom)
            continue;
        Query(m_db, "UPDATE leads SET stage = ?, updated_at = ? WHERE id = ?", int(Stage::MQL), now, c.leadId).exec();
        Query stage(m_db, "INSERT INTO stage_history (lead_id, from_stage, to_stage, changed_at, actor, reason, score) "
                          "VALUES (?, ?, ?, ?, 'scoring', ?, ?)");
        stage.bind(1, c.leadId).bind(2, int(*c.promotedFrom)).bind(3, int(Stage::MQL)).bind(4, now);
        stage.bind(5, thresholdReason(c.newScore, threshold)).bind(6, c.newScore);
        stage.exec();
    }
}

Rescorer::Result Rescorer::all(const Options &options, const Progress &progress)
{
    Result result;
    const qint64 now = options.now ? options.now : QDateTime::currentMSecsSinceEpoch();
    qint64 first = 0, last = 0, total = 0;
    {
        Query q(m_db, "SELECT min(id), max(id), count(*) FROM leads");
        if (q.next() && !q.isNull(0)) {
            first = q.int64(0);
            last = q.int64(1);
            total = q.int64(2);
        }
    }
    if (total == 0)
        return result;
    const qint64 step = std::max(1, options.batchLeads);
    for (qint64 from = first; from <= last; from += step) {
        const Range range{from, std::min(last, from + step - 1)};
        Transaction tx(m_db, options.write ? Transaction::Mode::Write : Transaction::Mode::Read);
        runRange(range, nullptr, options, now, result, nullptr);
        tx.commit();
        if (progress && !progress(std::min(result.leads, total), total) && range.last < last) {
            result.cancelled = true;
            break;
        }
    }
    return result;
}

Rescorer::Result Rescorer::leads(QList<qint64> ids, const Options &options, QList<Change> *changes)
{
    Result result;
    const qint64 now = options.now ? options.now : QDateTime::currentMSecsSinceEpoch();
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    // Consecutive ids (what bulk writers create) are read as ranges; scattered ones one by one, so a
    // handful of leads across a big table never reads the leads between them.
    qsizetype i = 0;
    while (i < ids.size()) {
        qsizetype j = i;
        while (j + 1 < ids.size() && j + 1 - i < options.batchLeads && ids.at(j + 1) - ids.at(j) <= 8)
            ++j;
        const QList<qint64> chunk = ids.mid(i, j - i + 1);
        Transaction tx(m_db, options.write ? Transaction::Mode::Write : Transaction::Mode::Read);
        runRange(Range{chunk.first(), chunk.last()}, &chunk, options, now, result, changes);
        tx.commit();
        i = j + 1;
    }
    return result;
}

std::optional<Rescorer::Change> Rescorer::one(qint64 id, const Options &options)
{
    Result result;
    QList<Change> changes;
    const qint64 now = options.now ? options.now : QDateTime::currentMSecsSinceEpoch();
    const QList<qint64> only{id};
    Transaction tx(m_db, options.write ? Transaction::Mode::Write : Transaction::Mode::Read);
    runRange(Range{id, id}, &only, options, now, result, &changes);
    tx.commit();
    if (changes.isEmpty())
        return std::nullopt;
    return changes.first();
}

ScoreExplanation Rescorer::explain(qint64 id, qint64 now)
{
    Query leads(m_db, leadSql(), id, id);
    if (!leads.next())
        throw StorageError(StorageError::Kind::Generic,
                           QCoreApplication::translate("Rescorer", "Lead #%1 does not exist.").arg(id), m_db.path());
    Lead lead;
    lead.id = id;
    const QList<LeadField> fields = m_engine.fieldsRead();
    for (int i = 0; i < fields.size(); ++i)
        readField(lead, fields.at(i), leads, 3 + i);
    std::vector<ScoredActivity> list;
    Query acts(m_db, "SELECT type, occurred_at, detail FROM activities WHERE lead_id = ? ORDER BY occurred_at, id", id);
    while (acts.next()) {
        const int code = acts.integer(0);
        if (!ActivityTypes::isValid(code))
            continue;
        ScoredActivity a;
        a.type = ActivityType(code);
        a.occurredAt = acts.int64(1);
        a.detail = acts.text(2);
        list.push_back(std::move(a));
    }
    return m_engine.explain(lead, list, now);
}
