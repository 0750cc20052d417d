#include "SyncEngine.h"

#include "Connector.h"
#include "LocalRecords.h"

#include "storage/Database.h"
#include "storage/StorageError.h"
#include "storage/Transaction.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Sync {

namespace {

const QString Info = u"info"_s;
const QString Warning = u"warning"_s;
const QString ErrorLevel = u"error"_s;

QStringList pullFields(const QList<FieldMapping> &mapping, Entity entity)
{
    QStringList fields;
    for (const FieldMapping &m : mapping) {
        if (m.direction != Direction::Push || (entity == Entity::Lead && m.localField == u"email"_s))
            fields << m.remoteField;
    }
    return fields;
}

const FieldMapping *mappingOf(const QList<FieldMapping> &mapping, const QString &localField)
{
    for (const FieldMapping &m : mapping) {
        if (m.localField == localField)
            return &m;
    }
    return nullptr;
}

bool isReadOnly(const EntitySpec &spec, const QString &remoteField)
{
    for (const RemoteField &f : spec.fields) {
        if (f.name == remoteField)
            return f.readOnly;
    }
    return false;
}

} // namespace

struct SyncEngine::Context
{
    Context(Database &db, const QString &actor)
        : store(db)
        , records(db, actor)
    {
    }
    SyncStore store;
    LocalRecords records;
    Connection connection;
    QString workspaceKey;
    ConnectorSession *session = nullptr;
    HttpClient *http = nullptr;
    SyncOptions options;
    SyncReport report;
    QHash<int, QList<FieldMapping>> mapping; // by Entity
    QSet<qint64> failedThisRun;              // outbox ids refused in this run: not retried in the same run
    QString reason;                          // stage history reason for pulled changes
    qint64 pulledTotal = 0;

    const QList<FieldMapping> &map(Entity e) const
    {
        static const QList<FieldMapping> none;
        const auto it = mapping.constFind(int(e));
        return it == mapping.cend() ? none : *it;
    }
};

SyncEngine::SyncEngine(Database &db, Connector &connector, const QString &actor)
    : m_db(db)
    , m_connector(connector)
    , m_actor(actor)
{
}

SyncEngine::~SyncEngine() = default;

QString SyncEngine::recordKey(const QString &workspaceKey, Entity entity, qint64 localId)
{
    return workspaceKey + u':' + entityKey(entity) + u':' + QString::number(localId);
}

std::optional<qint64> SyncEngine::localIdOfKey(const QString &workspaceKey, Entity entity, const QString &key)
{
    const QStringList parts = key.split(u':');
    if (parts.size() != 3 || parts.at(0) != workspaceKey || parts.at(1) != entityKey(entity))
        return std::nullopt;
    bool ok = false;
    const qint64 id = parts.at(2).toLongLong(&ok);
    return ok ? std::optional<qint64>(id) : std::nullopt;
}

void SyncEngine::test(Connector &connector, const QVariantMap &settings, const QVariantMap &secrets,
                      const HttpClient::Options &options)
{
    HttpClient http(options);
    http.setRateLimits(connector.rateLimits());
    SessionContext context{settings, secrets, &http, true};
    std::unique_ptr<ConnectorSession> session = connector.openSession(context);
    session->prepare();
}

void SyncEngine::progress(const QString &phase, qint64 done, qint64 total)
{
    if (m_progress)
        m_progress(phase, done, total);
}

void SyncEngine::crashPoint(const char *point)
{
    if (m_crashHook)
        m_crashHook(point);
}

void SyncEngine::log(Context &ctx, const QString &level, const QString &message)
{
    if (ctx.report.runId != 0 && !ctx.options.dryRun)
        ctx.store.log(ctx.report.runId, level, message);
    if (m_logSink)
        m_logSink(level, message);
}

void SyncEngine::note(Context &ctx, PlannedChange change)
{
    if (ctx.report.changes.size() < SyncReport::MaxChanges)
        ctx.report.changes.append(std::move(change));
    else
        ++ctx.report.moreChanges;
}

SyncReport SyncEngine::run(qint64 connectionId, const QVariantMap &secrets, const SyncOptions &options)
{
    QElapsedTimer timer;
    timer.start();
    Context ctx(m_db, m_actor);
    ctx.options = options;
    const std::optional<Connection> connection = ctx.store.connection(connectionId);
    if (!connection)
        throw Error(Error::Kind::Config, tr("The connection #%1 no longer exists.").arg(connectionId));
    ctx.connection = *connection;
    ctx.reason = tr("Synced from %1").arg(ctx.connection.name);
    ctx.workspaceKey = ctx.store.workspaceKey();

    // A dry run does everything inside one transaction that is rolled back: what it would write is
    // computed by the same code as a real run, and nothing stays.
    std::unique_ptr<Transaction> dryRun;
    if (options.dryRun)
        dryRun = std::make_unique<Transaction>(m_db);
    else
        ctx.report.runId = ctx.store.startRun(connectionId, options.full, false);

    HttpClient http(m_httpOptions);
    http.setRateLimits(m_connector.rateLimits());
    http.setCancelFlag(m_cancelled);
    http.setLogger([this, &ctx](const QString &message) { log(ctx, Warning, message); });
    ctx.http = &http;

    const QList<EntitySpec> specs = m_connector.entities();
    for (const EntitySpec &spec : specs)
        ctx.mapping.insert(int(spec.entity), ctx.store.mapping(connectionId, spec.entity));

    std::unique_ptr<ConnectorSession> session;
    try {
        log(ctx, Info, options.dryRun ? tr("Dry run of %1 (%2): nothing is written.").arg(ctx.connection.name, m_connector.name())
                                      : options.full ? tr("Full sync of %1 (%2).").arg(ctx.connection.name, m_connector.name())
                                                     : tr("Sync of %1 (%2).").arg(ctx.connection.name, m_connector.name()));
        SessionContext sc{ctx.connection.settings, secrets, &http, options.dryRun};
        session = m_connector.openSession(sc);
        ctx.session = session.get();
        progress(tr("Connecting…"), 0, 0);
        session->prepare();
        for (const EntitySpec &spec : specs) {
            if (ctx.map(spec.entity).isEmpty())
                continue;
            pull(ctx, spec);
            pullDeletions(ctx, spec);
        }
        for (const EntitySpec &spec : specs) {
            if (ctx.map(spec.entity).isEmpty())
                continue;
            if (options.full) {
                Transaction tx(m_db);
                ctx.store.enqueueAll(connectionId, spec.entity);
                tx.commit();
            }
            // A second pass pushes what the first one learned (a duplicate linked, a record gone remotely).
            for (int pass = 0; pass < 3 && push(ctx, spec); ++pass) {
            }
        }
        ctx.report.status = ctx.report.failed > 0 ? u"partial"_s : u"ok"_s;
    } catch (const Error &e) {
        ctx.report.status = e.kind() == Error::Kind::Cancelled ? u"cancelled"_s : u"failed"_s;
        ctx.report.message = e.message();
        log(ctx, e.kind() == Error::Kind::Cancelled ? Warning : ErrorLevel, e.message());
    } catch (const StorageError &e) {
        ctx.report.status = u"failed"_s;
        ctx.report.message = e.message();
        log(ctx, ErrorLevel, e.message());
    }
    if (session)
        ctx.report.changedSecrets = session->changedSecrets();
    ctx.report.requests = http.stats().requests;
    ctx.report.rateLimited = http.stats().rateLimited;
    ctx.report.elapsedMs = timer.elapsed();

    if (ctx.report.message.isEmpty()) {
        ctx.report.message = tr("%1 pulled, %2 pushed, %3 failed, %4 new conflicts; %5 requests.")
                                 .arg(ctx.report.pulled)
                                 .arg(ctx.report.pushed)
                                 .arg(ctx.report.failed)
                                 .arg(ctx.report.conflicts)
                                 .arg(ctx.report.requests);
    }
    if (dryRun) {
        dryRun->rollback();
        return ctx.report;
    }
    log(ctx, ctx.report.status == u"ok"_s ? Info : Warning, ctx.report.message);
    RunInfo info;
    info.id = ctx.report.runId;
    info.status = ctx.report.status;
    info.pulled = ctx.report.pulled;
    info.pushed = ctx.report.pushed;
    info.failed = ctx.report.failed;
    info.conflicts = ctx.report.conflicts;
    info.requests = ctx.report.requests;
    info.message = ctx.report.message;
    ctx.store.finishRun(info);
    ctx.store.setLastRun(connectionId, ctx.report.status, ctx.report.message);
    return ctx.report;
}

// --- pull ----------------------------------------------------------------------------------------

void SyncEngine::pull(Context &ctx, const EntitySpec &spec)
{
    const QString label = entityLabel(spec.entity);
    const QStringList fields = pullFields(ctx.map(spec.entity), spec.entity);
    QString cursor = ctx.options.full ? QString() : ctx.store.cursor(ctx.connection.id, spec.entity, u"changes"_s);
    qint64 seen = 0;
    for (;;) {
        progress(tr("Pulling %1… %2").arg(label.toLower()).arg(seen), seen, 0);
        const PullPage page = ctx.session->pullChanges(spec.entity, cursor, fields);
        Transaction tx(m_db);
        ctx.store.beginEcho(ctx.connection.id);
        for (const RemoteRecord &record : page.records)
            applyRemote(ctx, spec, record);
        ctx.store.endEcho(ctx.connection.id);
        ctx.store.setCursor(ctx.connection.id, spec.entity, u"changes"_s, page.cursor);
        tx.commit();
        crashPoint("pull-page");
        seen += page.records.size();
        cursor = page.cursor;
        if (page.done)
            break;
    }
}

void SyncEngine::pullDeletions(Context &ctx, const EntitySpec &spec)
{
    QString cursor = ctx.store.cursor(ctx.connection.id, spec.entity, u"deletions"_s);
    for (;;) {
        const PullPage page = ctx.session->pullDeletions(spec.entity, cursor);
        Transaction tx(m_db);
        ctx.store.beginEcho(ctx.connection.id);
        for (const RemoteRecord &record : page.records)
            applyRemoteDeletion(ctx, spec, record);
        ctx.store.endEcho(ctx.connection.id);
        ctx.store.setCursor(ctx.connection.id, spec.entity, u"deletions"_s, page.cursor);
        tx.commit();
        cursor = page.cursor;
        if (page.done)
            break;
    }
}

void SyncEngine::applyRemote(Context &ctx, const EntitySpec &spec, const RemoteRecord &record)
{
    const QList<FieldMapping> &mapping = ctx.map(spec.entity);
    const qint64 connectionId = ctx.connection.id;
    std::optional<Link> link = ctx.store.linkByRemote(connectionId, spec.entity, record.id);

    if (!link) {
        // Ours, created by a run that was killed before it recorded the link: the remote holds what
        // we sent, so it is the agreed base.
        if (auto localId = localIdOfKey(ctx.workspaceKey, spec.entity, record.key);
            localId && ctx.records.read(spec.entity, *localId) && !ctx.store.link(connectionId, spec.entity, *localId)) {
            Link l{*localId, record.id, {}, record.modifiedAt};
            for (const FieldMapping &m : mapping) {
                if (record.fields.contains(m.remoteField))
                    l.base.insert(m.remoteField, record.fields.value(m.remoteField));
            }
            ctx.store.saveLink(connectionId, spec.entity, l);
            link = l;
        }
    }
    if (!link && spec.entity == Entity::Lead) {
        // The same person on both sides (same e-mail) and not linked yet: link them and merge with no
        // agreed base, so differing values become conflicts and empty ones are filled.
        if (const FieldMapping *email = mappingOf(mapping, u"email"_s)) {
            const QString address = record.fields.value(email->remoteField);
            QList<qint64> candidates;
            for (qint64 id : ctx.records.leadsWithEmail(address)) {
                if (!ctx.store.link(connectionId, spec.entity, id))
                    candidates << id;
            }
            if (candidates.size() == 1) {
                link = Link{candidates.first(), record.id, {}, 0};
                ctx.store.saveLink(connectionId, spec.entity, *link);
                log(ctx, Info, tr("%1 linked to the CRM's record %2 (same e-mail).")
                                   .arg(ctx.records.displayName(spec.entity, candidates.first()), record.id));
            }
        }
    }

    if (!link) {
        Values values;
        Values base;
        for (const FieldMapping &m : mapping) {
            if (!record.fields.contains(m.remoteField))
                continue;
            base.insert(m.remoteField, record.fields.value(m.remoteField));
            if (m.direction != Direction::Push)
                values.insert(m.localField, m.toLocal(record.fields.value(m.remoteField)));
        }
        const qint64 localId = ctx.records.create(spec.entity, values, ctx.reason);
        ctx.store.saveLink(connectionId, spec.entity, Link{localId, record.id, base, record.modifiedAt});
        ++ctx.report.pulled;
        // Where the new local record holds a value the remote lacks (a default, an empty remote field
        // given one here), send it back so both sides agree.
        if (const std::optional<Values> created = ctx.records.read(spec.entity, localId)) {
            for (const FieldMapping &m : mapping) {
                if (m.direction != Direction::Pull && !isReadOnly(spec, m.remoteField) && record.fields.contains(m.remoteField)
                    && record.fields.value(m.remoteField).isEmpty() && !m.toRemote(created->value(m.localField)).isEmpty()) {
                    ctx.store.enqueue(connectionId, spec.entity, localId);
                    break;
                }
            }
        }
        const QString name = ctx.records.displayName(spec.entity, localId);
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            if (!it.value().isEmpty())
                note(ctx, {PlannedChange::Side::Local, spec.entity, u"create"_s, localId, record.id, name, it.key(), QString(), it.value()});
        }
        if (spec.entity == Entity::Deal && !record.fields.value(u"@related"_s).isEmpty()) {
            if (auto lead = ctx.store.linkByRemote(connectionId, Entity::Lead, record.fields.value(u"@related"_s)))
                ctx.records.setLeadOfDeal(localId, lead->localId);
        }
        return;
    }

    const std::optional<Values> local = ctx.records.read(spec.entity, link->localId);
    if (!local)
        return; // deleted here: the deletion is queued and wins
    merge(ctx, spec, *link, *local, record);
}

void SyncEngine::merge(Context &ctx, const EntitySpec &spec, Link link, const Values &local, const RemoteRecord &record)
{
    const QList<FieldMapping> &mapping = ctx.map(spec.entity);
    const qint64 connectionId = ctx.connection.id;
    const QSet<QString> inConflict = ctx.store.conflictFields(connectionId, spec.entity, link.localId);
    Values changes;
    bool pushBack = false;
    qint64 newConflicts = 0;
    QStringList conflictFields;
    const qint64 localUpdated = ctx.records.updatedAt(spec.entity, link.localId);
    const QString name = ctx.records.displayName(spec.entity, link.localId);

    for (const FieldMapping &m : mapping) {
        if (m.direction == Direction::Push || !record.fields.contains(m.remoteField))
            continue;
        const QString r = record.fields.value(m.remoteField);
        const QString l = m.toRemote(local.value(m.localField));
        const bool hasBase = link.base.contains(m.remoteField);
        const QString b = link.base.value(m.remoteField);
        if (inConflict.contains(m.localField)) {
            // Still waiting for the person: keep the latest remote value in front of them.
            Conflict c;
            c.connectionId = connectionId;
            c.entity = spec.entity;
            c.localId = link.localId;
            c.field = m.localField;
            c.localValue = local.value(m.localField);
            c.remoteValue = m.toLocal(r);
            c.remoteId = record.id;
            ctx.store.addConflict(c);
            continue;
        }
        if (r == l) {
            link.base.insert(m.remoteField, r);
            continue;
        }
        const bool remoteChanged = !hasBase || r != b;
        const bool localChanged = !hasBase || l != b;
        if (!remoteChanged)
            continue; // a local change on its way out

        enum class Take { Remote, Local, Ask } take = Take::Remote;
        if (m.direction == Direction::Pull || !localChanged) {
            take = Take::Remote;
        } else if (l.isEmpty()) {
            take = Take::Remote; // filling an empty value is never a conflict
        } else if (r.isEmpty()) {
            take = Take::Local;
        } else {
            switch (ctx.connection.conflictRule) {
            case ConflictRule::PreferLocal: take = Take::Local; break;
            case ConflictRule::PreferRemote: take = Take::Remote; break;
            case ConflictRule::Newest: take = record.modifiedAt > localUpdated ? Take::Remote : Take::Local; break;
            case ConflictRule::Ask: take = Take::Ask; break;
            }
        }
        // An empty value never overwrites a filled one unless the mapping allows clearing.
        if (take == Take::Remote && r.isEmpty() && !l.isEmpty() && !m.clearAllowed)
            take = Take::Local;

        switch (take) {
        case Take::Remote:
            changes.insert(m.localField, m.toLocal(r));
            link.base.insert(m.remoteField, r);
            note(ctx, {PlannedChange::Side::Local, spec.entity, u"update"_s, link.localId, record.id, name, m.localField,
                       local.value(m.localField), m.toLocal(r)});
            break;
        case Take::Local:
            // The remote now has r: with r as the base, the local value counts as a change and is pushed.
            link.base.insert(m.remoteField, r);
            pushBack = true;
            break;
        case Take::Ask: {
            Conflict c;
            c.connectionId = connectionId;
            c.entity = spec.entity;
            c.localId = link.localId;
            c.field = m.localField;
            c.localValue = local.value(m.localField);
            c.remoteValue = m.toLocal(r);
            c.baseValue = hasBase ? m.toLocal(b) : QString();
            c.remoteId = record.id;
            ctx.store.addConflict(c);
            ++newConflicts;
            conflictFields << m.localField;
            note(ctx, {PlannedChange::Side::Local, spec.entity, u"conflict"_s, link.localId, record.id, name, m.localField,
                       c.localValue, c.remoteValue});
            break;
        }
        }
    }
    if (!changes.isEmpty()) {
        ctx.records.update(spec.entity, link.localId, changes, ctx.reason);
        ++ctx.report.pulled;
    }
    if (pushBack)
        ctx.store.enqueue(connectionId, spec.entity, link.localId);
    if (newConflicts > 0) {
        ctx.report.conflicts += newConflicts;
        log(ctx, Warning, tr("%1: changed here and in the CRM (%2); waiting for your choice.").arg(name, conflictFields.join(u", "_s)));
    }
    link.remoteModifiedAt = record.modifiedAt;
    ctx.store.saveLink(connectionId, spec.entity, link);
}

void SyncEngine::applyRemoteDeletion(Context &ctx, const EntitySpec &spec, const RemoteRecord &record)
{
    const qint64 connectionId = ctx.connection.id;
    const std::optional<Link> link = ctx.store.linkByRemote(connectionId, spec.entity, record.id);
    if (!link)
        return;
    ctx.store.removeLink(connectionId, spec.entity, link->localId);
    if (!ctx.records.read(spec.entity, link->localId))
        return;
    const QString name = ctx.records.displayName(spec.entity, link->localId);
    const std::optional<OutboxEntry> pending = ctx.store.pending(connectionId, spec.entity, link->localId);
    if (pending && !pending->isDelete) {
        // Deleted there, changed here: the person decides (keep: it is created again; delete: it goes).
        Conflict c;
        c.connectionId = connectionId;
        c.entity = spec.entity;
        c.localId = link->localId;
        c.remoteId = record.id;
        ctx.store.addConflict(c);
        ++ctx.report.conflicts;
        note(ctx, {PlannedChange::Side::Local, spec.entity, u"conflict"_s, link->localId, record.id, name, QString(),
                   tr("changed here"), tr("deleted in the CRM")});
        log(ctx, Warning, tr("%1 was deleted in the CRM but changed here; waiting for your choice.").arg(name));
        return;
    }
    ctx.store.removeConflicts(connectionId, spec.entity, link->localId);
    ctx.records.remove(spec.entity, link->localId);
    ++ctx.report.pulled;
    note(ctx, {PlannedChange::Side::Local, spec.entity, u"delete"_s, link->localId, record.id, name, {}, {}, {}});
    log(ctx, Info, tr("%1 was deleted in the CRM: deleted here too.").arg(name));
}

// --- push ----------------------------------------------------------------------------------------

bool SyncEngine::push(Context &ctx, const EntitySpec &spec)
{
    const QList<FieldMapping> &mapping = ctx.map(spec.entity);
    const qint64 connectionId = ctx.connection.id;
    const QString label = entityLabel(spec.entity);
    const int batchSize = std::max(1, spec.batchSize);
    qint64 afterId = 0;
    qint64 done = 0;
    bool again = false;
    const qint64 total = ctx.store.outboxCount(connectionId);

    for (;;) {
        if (m_cancelled && m_cancelled->load())
            throw Error(Error::Kind::Cancelled, tr("Cancelled."));
        // Read a batch's worth of entries that need a request.
        QList<PushItem> items;
        QHash<qint64, OutboxEntry> entries; // by local id
        QHash<qint64, Link> links;
        bool exhausted = false;
        Transaction readTx(m_db);
        while (items.size() < batchSize) {
            const QList<OutboxEntry> chunk = ctx.store.outbox(connectionId, spec.entity, afterId, batchSize);
            if (chunk.isEmpty()) {
                exhausted = true;
                break;
            }
            for (const OutboxEntry &e : chunk) {
                afterId = e.id;
                if (ctx.failedThisRun.contains(e.id))
                    continue;
                const std::optional<Link> link = ctx.store.link(connectionId, spec.entity, e.localId);
                if (e.isDelete) {
                    if (!link) {
                        ctx.store.completeOutbox(e.id, e.version); // never reached the remote
                        continue;
                    }
                    PushItem item;
                    item.op = PushItem::Op::Delete;
                    item.localId = e.localId;
                    item.remoteId = link->remoteId;
                    item.key = recordKey(ctx.workspaceKey, spec.entity, e.localId);
                    items.append(item);
                    entries.insert(e.localId, e);
                    links.insert(e.localId, *link);
                    if (items.size() >= batchSize)
                        break;
                    continue;
                }
                const std::optional<Values> local = ctx.records.read(spec.entity, e.localId);
                if (!local) {
                    ctx.store.completeOutbox(e.id, e.version);
                    continue;
                }
                const QSet<QString> inConflict = ctx.store.conflictFields(connectionId, spec.entity, e.localId);
                if (inConflict.contains(QString())) {
                    continue; // deleted remotely, changed here: waits for the person
                }
                PushItem item;
                item.localId = e.localId;
                item.key = recordKey(ctx.workspaceKey, spec.entity, e.localId);
                for (const FieldMapping &m : mapping) {
                    if (m.direction == Direction::Pull || inConflict.contains(m.localField) || isReadOnly(spec, m.remoteField))
                        continue;
                    const QString v = m.toRemote(local->value(m.localField));
                    if (link) {
                        const bool hasBase = link->base.contains(m.remoteField);
                        const QString b = link->base.value(m.remoteField);
                        if (hasBase && v == b)
                            continue;
                        if (v.isEmpty() && !b.isEmpty() && !m.clearAllowed)
                            continue;
                        if (v.isEmpty() && !hasBase)
                            continue;
                    } else if (v.isEmpty()) {
                        continue;
                    }
                    item.fields.insert(m.remoteField, v);
                }
                if (link) {
                    if (item.fields.isEmpty()) {
                        ctx.store.completeOutbox(e.id, e.version); // nothing the remote does not have
                        continue;
                    }
                    item.remoteId = link->remoteId;
                    links.insert(e.localId, *link);
                }
                if (spec.entity == Entity::Deal) {
                    if (auto lead = ctx.records.leadOfDeal(e.localId)) {
                        if (auto leadLink = ctx.store.link(connectionId, Entity::Lead, *lead))
                            item.relatedRemoteId = leadLink->remoteId;
                    }
                }
                items.append(item);
                entries.insert(e.localId, e);
                if (items.size() >= batchSize)
                    break;
            }
        }
        readTx.commit();

        if (!items.isEmpty()) {
            for (const PushItem &item : std::as_const(items)) {
                const QString name = ctx.records.displayName(spec.entity, item.localId);
                if (item.op == PushItem::Op::Delete) {
                    note(ctx, {PlannedChange::Side::Remote, spec.entity, u"delete"_s, item.localId, item.remoteId, name, {}, {}, {}});
                    continue;
                }
                const Link link = links.value(item.localId);
                for (auto it = item.fields.cbegin(); it != item.fields.cend(); ++it)
                    note(ctx, {PlannedChange::Side::Remote, spec.entity, item.remoteId.isEmpty() ? u"create"_s : u"update"_s,
                               item.localId, item.remoteId, name, it.key(), link.base.value(it.key()), it.value()});
            }
            done += items.size();
            progress(tr("Pushing %1… %L2 of %L3").arg(label.toLower()).arg(done).arg(total), done, total);
            if (ctx.options.dryRun) {
                ctx.report.pushed += items.size();
            } else {
                const QList<PushResult> results = ctx.session->push(spec.entity, items);
                crashPoint("push-sent");
                QHash<qint64, PushItem> byId;
                for (const PushItem &item : std::as_const(items))
                    byId.insert(item.localId, item);
                QList<QPair<QString, qint64>> duplicates; // remote id, local id
                Transaction tx(m_db);
                for (const PushResult &result : results) {
                    if (!byId.contains(result.localId))
                        continue;
                    const PushItem item = byId.take(result.localId);
                    const OutboxEntry entry = entries.value(result.localId);
                    const QString name = ctx.records.displayName(spec.entity, item.localId);
                    switch (result.status) {
                    case PushResult::Status::Ok:
                        if (item.op == PushItem::Op::Delete) {
                            ctx.store.removeLink(connectionId, spec.entity, item.localId);
                            ctx.store.removeConflicts(connectionId, spec.entity, item.localId);
                        } else {
                            Link link = links.contains(item.localId) ? links.value(item.localId) : Link{item.localId, {}, {}, 0};
                            link.remoteId = result.remoteId.isEmpty() ? item.remoteId : result.remoteId;
                            if (item.remoteId.isEmpty()) {
                                // A create: every pushable field now agrees, empty ones included.
                                const std::optional<Values> local = ctx.records.read(spec.entity, item.localId);
                                for (const FieldMapping &m : mapping) {
                                    if (m.direction != Direction::Pull && local)
                                        link.base.insert(m.remoteField, item.fields.value(m.remoteField));
                                }
                            }
                            for (auto it = item.fields.cbegin(); it != item.fields.cend(); ++it)
                                link.base.insert(it.key(), it.value());
                            link.remoteModifiedAt = result.modifiedAt;
                            ctx.store.saveLink(connectionId, spec.entity, link);
                        }
                        ctx.store.completeOutbox(entry.id, entry.version);
                        ++ctx.report.pushed;
                        break;
                    case PushResult::Status::NotFound:
                        if (item.op == PushItem::Op::Delete) {
                            ctx.store.removeLink(connectionId, spec.entity, item.localId);
                            ctx.store.completeOutbox(entry.id, entry.version);
                        } else {
                            // Deleted there while changed here: created again with everything.
                            ctx.store.removeLink(connectionId, spec.entity, item.localId);
                            log(ctx, Warning, tr("%1 no longer exists in the CRM; it is created again.").arg(name));
                            again = true;
                        }
                        break;
                    case PushResult::Status::Duplicate: {
                        const std::optional<Link> other = ctx.store.linkByRemote(connectionId, spec.entity, result.remoteId);
                        if (other && other->localId != item.localId) {
                            const QString message = tr("the CRM already has it as record %1, which is linked to %2: merge the "
                                                       "two here")
                                                        .arg(result.remoteId, ctx.records.displayName(spec.entity, other->localId));
                            ctx.store.failOutbox(entry.id, message);
                            ctx.failedThisRun.insert(entry.id);
                            ++ctx.report.failed;
                            log(ctx, Warning, tr("%1: %2").arg(name, message));
                        } else {
                            ctx.store.saveLink(connectionId, spec.entity, Link{item.localId, result.remoteId, {}, 0});
                            duplicates.append({result.remoteId, item.localId});
                            log(ctx, Info, tr("%1 already exists in the CRM (record %2, %3): linked and merged.")
                                               .arg(name, result.remoteId, result.message));
                            again = true;
                        }
                        break;
                    }
                    case PushResult::Status::Failed:
                        ctx.store.failOutbox(entry.id, result.message);
                        ctx.failedThisRun.insert(entry.id);
                        ++ctx.report.failed;
                        log(ctx, Warning, tr("%1 was refused by the CRM: %2").arg(name, result.message));
                        break;
                    }
                }
                // A result the connector did not give is a failure of that record, never a silent success.
                for (const PushItem &item : std::as_const(byId)) {
                    const OutboxEntry entry = entries.value(item.localId);
                    ctx.store.failOutbox(entry.id, tr("the CRM did not answer for this record"));
                    ctx.failedThisRun.insert(entry.id);
                    ++ctx.report.failed;
                }
                tx.commit();
                crashPoint("push-recorded");

                if (!duplicates.isEmpty()) {
                    // Merge each duplicate with what the CRM has, as a pull would (no agreed base).
                    QStringList ids;
                    for (const auto &d : std::as_const(duplicates))
                        ids << d.first;
                    const QList<RemoteRecord> fetched = ctx.session->fetch(spec.entity, ids, pullFields(mapping, spec.entity));
                    Transaction mergeTx(m_db);
                    ctx.store.beginEcho(connectionId);
                    for (const RemoteRecord &record : fetched)
                        applyRemote(ctx, spec, record);
                    ctx.store.endEcho(connectionId);
                    mergeTx.commit();
                }
            }
        }
        if (exhausted)
            break;
    }
    return again && !ctx.options.dryRun;
}

} // namespace Sync
