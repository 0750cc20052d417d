#include "NurtureService.h"

#include "distribution/RepRepository.h"
#include "distribution/Router.h"
#include "leads/LeadFilter.h"
#include "leads/LeadRepository.h"
#include "leads/SegmentRepository.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/StorageError.h"
#include "storage/Transaction.h"
#include "sync/CredentialStore.h"
#include "sync/SyncStore.h"
#include "tasks/TaskRepository.h"
#include "workspace/Workspace.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QLockFile>
#include <QRandomGenerator>
#include <QSet>
#include <QUrl>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Nurture {

namespace {

constexpr qint64 Hour = 3600LL * 1000;
constexpr qint64 Day = 24 * Hour;
const char *const SettingsKey = "nurture.settings";
const char *const BantCursorKey = "nurture.bant_cursor";

[[noreturn]] void fail(const QString &message)
{
    throw StorageError(StorageError::Kind::Generic, message);
}

Enrolment readEnrolment(const Query &q)
{
    Enrolment e;
    e.id = q.int64(0);
    e.sequenceId = q.int64(1);
    e.leadId = q.int64(2);
    e.source = q.text(3);
    e.state = EnrolmentState(q.integer(4));
    e.stepId = q.integer(5);
    e.stepNo = q.integer(6);
    e.dueAt = q.int64(7);
    e.enrolledAt = q.int64(8);
    e.endedAt = q.isNull(9) ? 0 : q.int64(9);
    e.endReason = q.text(10);
    return e;
}

const char *const EnrolmentColumns =
    "id, sequence_id, lead_id, source, state, step_id, step_no, due_at, enrolled_at, ended_at, end_reason";

SendRecord readSend(const Query &q)
{
    SendRecord s;
    s.id = q.int64(0);
    s.enrolmentId = q.int64(1);
    s.leadId = q.int64(2);
    s.sequenceId = q.int64(3);
    s.stepId = q.integer(4);
    s.to = q.text(5);
    s.subject = q.text(6);
    s.messageId = q.text(7);
    s.state = SendState(q.integer(8));
    s.attempts = q.integer(9);
    s.nextAttempt = q.isNull(10) ? 0 : q.int64(10);
    s.lastError = q.text(11);
    s.createdAt = q.int64(12);
    s.sentAt = q.isNull(13) ? 0 : q.int64(13);
    return s;
}

const char *const SendColumns = "id, enrolment_id, lead_id, sequence_id, step_id, to_address, subject, message_id, state, "
                                "attempts, next_attempt, last_error, created_at, sent_at";

bool isConverted(Stage s)
{
    return s == Stage::SQL || s == Stage::Opportunity || s == Stage::Customer;
}

} // namespace

struct NurtureService::Context
{
    Mailer *mailer = nullptr;
    RunOptions options;
    RunReport report;
    NurtureSettings settings;
    qint64 now = 0;
    QHash<qint64, Sequence> sequences;
    bool stop = false;
};

NurtureService::NurtureService(Workspace &workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
{
}

qint64 NurtureService::now() const
{
    return m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
}

// Settings ---------------------------------------------------------------------------------------

NurtureSettings NurtureService::settings() const
{
    const QString json = m_workspace.meta(QString::fromLatin1(SettingsKey));
    return NurtureSettings::fromJson(QJsonDocument::fromJson(json.toUtf8()).object());
}

void NurtureService::saveSettings(const NurtureSettings &s)
{
    const QString problem = s.saveProblem();
    if (!problem.isEmpty())
        fail(problem);
    m_workspace.setMeta(QString::fromLatin1(SettingsKey),
                        QString::fromUtf8(QJsonDocument(s.toJson()).toJson(QJsonDocument::Compact)));
}

QString NurtureService::keychainEntry() const
{
    Sync::SyncStore store(m_workspace.db());
    return store.workspaceKey() + u"/nurture-smtp"_s;
}

QString NurtureService::smtpPassword() const
{
    Sync::CredentialStore store;
    return store.load(keychainEntry()).value(u"password"_s).toString();
}

void NurtureService::setSmtpPassword(const QString &password)
{
    Sync::CredentialStore store;
    if (password.isEmpty())
        store.remove(keychainEntry());
    else
        store.store(keychainEntry(), QVariantMap{{u"password"_s, password}});
}

// Templates --------------------------------------------------------------------------------------

QList<EmailTemplate> NurtureService::templates() const
{
    QList<EmailTemplate> list;
    Query q(m_workspace.db(), "SELECT id, name, subject, body_text, body_html, created_at, updated_at FROM nurture_templates "
                              "ORDER BY name COLLATE NOCASE");
    while (q.next())
        list << EmailTemplate{q.int64(0), q.text(1), q.text(2), q.text(3), q.text(4), q.int64(5), q.int64(6)};
    return list;
}

std::optional<EmailTemplate> NurtureService::findTemplate(qint64 id) const
{
    Query q(m_workspace.db(), "SELECT id, name, subject, body_text, body_html, created_at, updated_at FROM nurture_templates "
                              "WHERE id = ?", id);
    if (!q.next())
        return std::nullopt;
    return EmailTemplate{q.int64(0), q.text(1), q.text(2), q.text(3), q.text(4), q.int64(5), q.int64(6)};
}

std::optional<EmailTemplate> NurtureService::findTemplate(const QString &name) const
{
    const QVariant id = Query(m_workspace.db(), "SELECT id FROM nurture_templates WHERE name = ?", name.trimmed()).scalar();
    return id.isValid() ? findTemplate(id.toLongLong()) : std::nullopt;
}

qint64 NurtureService::saveTemplate(EmailTemplate t)
{
    t.name = t.name.trimmed();
    const QList<TemplateProblem> problems = TemplateRenderer::check(t);
    if (!problems.isEmpty()) {
        const TemplateProblem &p = problems.first();
        fail(p.line ? tr("Template \"%1\", %2 line %3: %4").arg(t.name, p.part).arg(p.line).arg(p.message)
                    : tr("Template \"%1\", %2: %3").arg(t.name, p.part, p.message));
    }
    Database &db = m_workspace.db();
    const QVariant clash = Query(db, "SELECT id FROM nurture_templates WHERE name = ? AND id <> ?", t.name, t.id).scalar();
    if (clash.isValid())
        fail(tr("There is already a template named \"%1\".").arg(t.name));
    const qint64 at = now();
    if (t.id) {
        if (!Query(db, "UPDATE nurture_templates SET name = ?, subject = ?, body_text = ?, body_html = ?, updated_at = ? "
                       "WHERE id = ?", t.name, t.subject, t.text, t.html, at, t.id).exec())
            fail(tr("Template #%1 does not exist.").arg(t.id));
    } else {
        Query(db, "INSERT INTO nurture_templates (name, subject, body_text, body_html, created_at, updated_at) "
                  "VALUES (?, ?, ?, ?, ?, ?)", t.name, t.subject, t.text, t.html, at, at).exec();
        t.id = db.lastInsertId();
    }
    emit templatesChanged();
    return t.id;
}

void NurtureService::removeTemplate(qint64 id)
{
    for (const Sequence &s : sequences()) {
        for (const Step &step : s.steps) {
            if (step.type == StepType::Email && step.templateId == id)
                fail(tr("The template is used by step #%1 of the sequence \"%2\": change that step first.").arg(step.id).arg(s.name));
        }
    }
    Query(m_workspace.db(), "DELETE FROM nurture_templates WHERE id = ?", id).exec();
    emit templatesChanged();
}

QString NurtureService::tokenFor(qint64 leadId)
{
    Database &db = m_workspace.db();
    const QVariant existing = Query(db, "SELECT token FROM nurture_tokens WHERE lead_id = ?", leadId).scalar();
    if (existing.isValid())
        return existing.toString();
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    QByteArray raw(reinterpret_cast<const char *>(words), sizeof(words));
    const QString token = QString::fromLatin1(raw.toHex());
    Query(db, "INSERT INTO nurture_tokens (lead_id, token) VALUES (?, ?)", leadId, token).exec();
    return token;
}

namespace {

QString unsubscribeLink(const NurtureSettings &s, const QString &token)
{
    QString url = s.unsubscribeUrl.trimmed();
    if (url.isEmpty())
        return QString();
    if (url.contains(u"{token}"_s))
        return url.replace(u"{token}"_s, token);
    return url + (url.contains(u'?') ? u"&token="_s : u"?token="_s) + token;
}

QString unsubscribeMailto(const NurtureSettings &s, const QString &token)
{
    const QString box = s.unsubscribeMailto.trimmed();
    if (box.isEmpty())
        return QString();
    return u"mailto:"_s + box + u"?subject=unsubscribe%20"_s + token;
}

} // namespace

MergeValues NurtureService::mergeValues(const Lead &lead, const NurtureSettings &s)
{
    MergeValues v;
    v[u"first_name"_s] = lead.firstName;
    v[u"last_name"_s] = lead.lastName;
    v[u"full_name"_s] = (lead.firstName + u' ' + lead.lastName).trimmed();
    v[u"email"_s] = lead.email;
    v[u"company"_s] = lead.company;
    v[u"job_title"_s] = lead.jobTitle;
    v[u"industry"_s] = lead.industry;
    v[u"city"_s] = lead.city;
    v[u"country"_s] = lead.country;
    v[u"lead_magnet"_s] = lead.leadMagnet;
    if (lead.ownerId) {
        if (const auto rep = m_workspace.reps().find(*lead.ownerId)) {
            v[u"owner_name"_s] = rep->name;
            v[u"owner_email"_s] = rep->email;
        }
    }
    v[u"sender_name"_s] = s.smtp.fromName.isEmpty() ? s.smtp.fromAddress : s.smtp.fromName;
    v[u"sender_address"_s] = s.postalAddress;
    const QString token = lead.id ? tokenFor(lead.id) : u"preview"_s;
    const QString link = unsubscribeLink(s, token);
    v[u"unsubscribe_url"_s] = link.isEmpty() ? unsubscribeMailto(s, token) : link;
    if (v.value(u"unsubscribe_url"_s).isEmpty()) // a preview before the settings are made; sending needs them
        v[u"unsubscribe_url"_s] = tr("[unsubscribe link: set it in the sending settings]");
    return v;
}

RenderedEmail NurtureService::preview(const EmailTemplate &t, qint64 leadId)
{
    const NurtureSettings s = settings();
    const Lead lead = m_workspace.leads().get(leadId);
    return TemplateRenderer::render(t, mergeValues(lead, s), s.footer);
}

OutgoingEmail NurtureService::compose(const EmailTemplate &t, const Lead &lead, const NurtureSettings &s, const QString &messageId)
{
    const MergeValues values = mergeValues(lead, s);
    const RenderedEmail r = TemplateRenderer::render(t, values, s.footer);
    const QString token = tokenFor(lead.id);
    OutgoingEmail e;
    e.messageId = messageId;
    e.fromAddress = s.smtp.fromAddress.trimmed();
    e.fromName = s.smtp.fromName;
    e.replyTo = s.smtp.replyTo.trimmed();
    e.to = lead.email.trimmed();
    e.toName = values.value(u"full_name"_s);
    e.subject = r.subject;
    e.text = r.text;
    e.html = r.html;
    e.unsubscribeMailto = unsubscribeMailto(s, token);
    e.unsubscribeUrl = unsubscribeLink(s, token);
    e.date = now();
    return e;
}

// Sequences --------------------------------------------------------------------------------------

namespace {

Sequence readSequence(const Query &q)
{
    Sequence s;
    s.id = q.int64(0);
    s.name = q.text(1);
    s.description = q.text(2);
    s.status = SequenceStatus(q.integer(3));
    QString error;
    Sequence::readFlow(QJsonDocument::fromJson(q.text(4).toUtf8()).object(), s, &error);
    s.autoSegmentId = q.isNull(5) ? 0 : q.int64(5);
    s.bantDefault = q.integer(6) != 0;
    s.createdAt = q.int64(7);
    s.updatedAt = q.int64(8);
    return s;
}

const char *const SequenceColumns = "id, name, description, status, flow, auto_segment_id, bant_default, created_at, updated_at";

} // namespace

QList<Sequence> NurtureService::sequences() const
{
    QList<Sequence> list;
    Query q(m_workspace.db(), std::string("SELECT ") + SequenceColumns + " FROM nurture_sequences ORDER BY name COLLATE NOCASE");
    while (q.next())
        list << readSequence(q);
    return list;
}

std::optional<Sequence> NurtureService::findSequence(qint64 id) const
{
    Query q(m_workspace.db(), std::string("SELECT ") + SequenceColumns + " FROM nurture_sequences WHERE id = ?");
    q.bind(1, id);
    if (!q.next())
        return std::nullopt;
    return readSequence(q);
}

std::optional<Sequence> NurtureService::findSequence(const QString &name) const
{
    const QVariant id = Query(m_workspace.db(), "SELECT id FROM nurture_sequences WHERE name = ?", name.trimmed()).scalar();
    return id.isValid() ? findSequence(id.toLongLong()) : std::nullopt;
}

QList<Problem> NurtureService::validate(const Sequence &sequence) const
{
    Database &db = m_workspace.db();
    QList<Problem> problems = Sequences::validate(
        sequence,
        [&db](qint64 id) { return Query(db, "SELECT 1 FROM nurture_templates WHERE id = ?", id).scalar().isValid(); },
        [this](qint64 id) { return m_workspace.reps().find(id).has_value(); });
    for (const Step &s : sequence.steps) {
        if (s.type == StepType::Action && s.action == ActionKind::AddPoints)
            problems << Problem{s.id, tr("Adding points is not available yet: the score is computed by the scoring rules "
                                         "(Scoring page). Use a condition on the score instead.")};
    }
    if (sequence.autoSegmentId && !m_workspace.segments().find(sequence.autoSegmentId))
        problems << Problem{0, tr("The segment that enrols leads automatically was deleted.")};
    return problems;
}

qint64 NurtureService::saveSequence(Sequence s)
{
    s.name = s.name.trimmed();
    if (s.name.isEmpty())
        fail(tr("The sequence needs a name."));
    if (s.status == SequenceStatus::Active) {
        const QList<Problem> problems = validate(s);
        if (!problems.isEmpty()) {
            const Problem &p = problems.first();
            fail(p.stepId ? tr("Sequence \"%1\", step #%2: %3").arg(s.name).arg(p.stepId).arg(p.message)
                          : tr("Sequence \"%1\": %2").arg(s.name, p.message));
        }
    }
    Database &db = m_workspace.db();
    if (Query(db, "SELECT id FROM nurture_sequences WHERE name = ? AND id <> ?", s.name, s.id).scalar().isValid())
        fail(tr("There is already a sequence named \"%1\".").arg(s.name));
    const QString flow = QString::fromUtf8(QJsonDocument(s.flowJson()).toJson(QJsonDocument::Compact));
    const QVariant segment = s.autoSegmentId ? QVariant(s.autoSegmentId) : QVariant();
    const qint64 at = now();
    Transaction tx(db);
    if (s.bantDefault)
        Query(db, "UPDATE nurture_sequences SET bant_default = 0 WHERE id <> ?", s.id).exec();
    if (s.id) {
        if (!Query(db, "UPDATE nurture_sequences SET name = ?, description = ?, status = ?, flow = ?, auto_segment_id = ?, "
                       "bant_default = ?, updated_at = ? WHERE id = ?",
                   s.name, s.description, int(s.status), flow, segment, s.bantDefault, at, s.id).exec())
            fail(tr("Sequence #%1 does not exist.").arg(s.id));
        // Enrolments waiting on a step that was removed go on from the first step's successor chain end.
        Query q(db, "SELECT id, step_id FROM nurture_enrolments WHERE sequence_id = ? AND state = 0", s.id);
        QList<QPair<qint64, int>> orphans;
        while (q.next()) {
            if (q.integer(1) && !s.step(q.integer(1)))
                orphans << qMakePair(q.int64(0), q.integer(1));
        }
        for (const auto &o : orphans)
            Query(db, "UPDATE nurture_enrolments SET state = 1, ended_at = ?, end_reason = 'step removed' WHERE id = ?", at,
                  o.first).exec();
    } else {
        Query(db, "INSERT INTO nurture_sequences (name, description, status, flow, auto_segment_id, bant_default, created_at, "
                  "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
              s.name, s.description, int(s.status), flow, segment, s.bantDefault, at, at).exec();
        s.id = db.lastInsertId();
    }
    tx.commit();
    emit sequencesChanged();
    return s.id;
}

void NurtureService::removeSequence(qint64 id)
{
    Query(m_workspace.db(), "DELETE FROM nurture_sequences WHERE id = ?", id).exec();
    emit sequencesChanged();
    emit enrolmentsChanged();
}

void NurtureService::setStatus(qint64 sequenceId, SequenceStatus status)
{
    std::optional<Sequence> s = findSequence(sequenceId);
    if (!s)
        fail(tr("Sequence #%1 does not exist.").arg(sequenceId));
    s->status = status;
    saveSequence(*s);
}

// Enrolment --------------------------------------------------------------------------------------

int NurtureService::enrol(qint64 sequenceId, const QList<qint64> &leadIds, const QString &source)
{
    const std::optional<Sequence> s = findSequence(sequenceId);
    if (!s)
        fail(tr("Sequence #%1 does not exist.").arg(sequenceId));
    Database &db = m_workspace.db();
    const qint64 at = now();
    int added = 0;
    Transaction tx(db);
    for (qint64 leadId : leadIds) {
        if (!Query(db, "SELECT 1 FROM leads WHERE id = ?", leadId).scalar().isValid())
            fail(tr("Lead #%1 does not exist.").arg(leadId));
        added += Query(db, "INSERT OR IGNORE INTO nurture_enrolments (sequence_id, lead_id, source, state, step_id, step_no, "
                           "due_at, enrolled_at) VALUES (?, ?, ?, 0, ?, 0, ?, ?)",
                       sequenceId, leadId, source, s->entry, at, at).exec();
    }
    tx.commit();
    if (added)
        emit enrolmentsChanged();
    return added;
}

int NurtureService::enrolSegment(qint64 sequenceId, qint64 segmentId)
{
    const std::optional<Segment> segment = m_workspace.segments().find(segmentId);
    if (!segment)
        fail(tr("Segment #%1 does not exist.").arg(segmentId));
    QVariantList params;
    const QByteArray where = segment->filter.whereClause(m_workspace.scoreBands(), params);
    Query q(m_workspace.db(), ("SELECT id FROM leads WHERE " + where + " ORDER BY id").toStdString());
    int i = 0;
    for (const QVariant &p : params)
        q.bind(++i, p);
    QList<qint64> ids;
    while (q.next())
        ids << q.int64(0);
    return enrol(sequenceId, ids, u"segment"_s);
}

void NurtureService::unenrol(qint64 sequenceId, qint64 leadId)
{
    Query(m_workspace.db(), "UPDATE nurture_enrolments SET state = 2, ended_at = ?, end_reason = 'removed by hand' "
                            "WHERE sequence_id = ? AND lead_id = ? AND state = 0", now(), sequenceId, leadId).exec();
    emit enrolmentsChanged();
}

QList<Enrolment> NurtureService::enrolments(qint64 sequenceId) const
{
    QList<Enrolment> list;
    Query q(m_workspace.db(), std::string("SELECT ") + EnrolmentColumns
                                  + " FROM nurture_enrolments WHERE sequence_id = ? ORDER BY state, due_at, id");
    q.bind(1, sequenceId);
    while (q.next())
        list << readEnrolment(q);
    return list;
}

QList<Enrolment> NurtureService::enrolmentsOf(qint64 leadId) const
{
    QList<Enrolment> list;
    Query q(m_workspace.db(), std::string("SELECT ") + EnrolmentColumns + " FROM nurture_enrolments WHERE lead_id = ? ORDER BY id");
    q.bind(1, leadId);
    while (q.next())
        list << readEnrolment(q);
    return list;
}

std::optional<Enrolment> NurtureService::enrolment(qint64 id) const
{
    Query q(m_workspace.db(), std::string("SELECT ") + EnrolmentColumns + " FROM nurture_enrolments WHERE id = ?");
    q.bind(1, id);
    if (!q.next())
        return std::nullopt;
    return readEnrolment(q);
}

int NurtureService::enrolAutomatically()
{
    int added = 0;
    for (const Sequence &s : sequences()) {
        if (s.status != SequenceStatus::Active)
            continue;
        if (s.autoSegmentId && m_workspace.segments().find(s.autoSegmentId))
            added += enrolSegment(s.id, s.autoSegmentId);
    }
    // BANT outcomes "Nurturing" recorded since the last run go to the sequence marked for them.
    Database &db = m_workspace.db();
    const qint64 cursor = m_workspace.meta(QString::fromLatin1(BantCursorKey), u"0"_s).toLongLong();
    Query q(db, "SELECT id, lead_id FROM qualifications WHERE id > ? AND outcome = ? ORDER BY id", cursor, int(Stage::Nurturing));
    QList<qint64> leads;
    qint64 last = cursor;
    while (q.next()) {
        last = q.int64(0);
        leads << q.int64(1);
    }
    const QVariant maxId = Query(db, "SELECT max(id) FROM qualifications").scalar();
    last = std::max(last, maxId.isNull() ? 0 : maxId.toLongLong());
    const QVariant target = Query(db, "SELECT id FROM nurture_sequences WHERE bant_default = 1 AND status = 1").scalar();
    if (target.isValid() && !leads.isEmpty()) {
        QList<qint64> stillNurturing;
        for (qint64 id : leads) {
            const std::optional<Lead> lead = m_workspace.leads().find(id);
            if (lead && lead->stage == Stage::Nurturing)
                stillNurturing << id;
        }
        added += enrol(target.toLongLong(), stillNurturing, u"bant"_s);
    }
    if (target.isValid() || leads.isEmpty())
        m_workspace.setMeta(QString::fromLatin1(BantCursorKey), QString::number(last));
    return added;
}

// The scheduler ----------------------------------------------------------------------------------

void NurtureService::move(Enrolment &e, int to, qint64 due)
{
    e.stepId = to;
    e.stepNo += 1;
    e.dueAt = due;
    if (to == 0) {
        end(e, EnrolmentState::Completed, u"completed"_s, due);
        return;
    }
    Query(m_workspace.db(), "UPDATE nurture_enrolments SET step_id = ?, step_no = ?, due_at = ? WHERE id = ?", e.stepId,
          e.stepNo, e.dueAt, e.id).exec();
}

void NurtureService::end(Enrolment &e, EnrolmentState state, const QString &reason, qint64 at)
{
    e.state = state;
    e.endReason = reason;
    e.endedAt = at;
    Query(m_workspace.db(), "UPDATE nurture_enrolments SET state = ?, step_id = ?, step_no = ?, ended_at = ?, end_reason = ? "
                            "WHERE id = ?", int(state), e.stepId, e.stepNo, at, reason, e.id).exec();
}

qint64 NurtureService::waitUntil(const Step &step, qint64 from) const
{
    switch (step.unit) {
    case WaitUnit::Hours: return from + step.amount * Hour;
    case WaitUnit::Days: return from + step.amount * Day;
    case WaitUnit::BusinessDays: {
        QDateTime t = QDateTime::fromMSecsSinceEpoch(from);
        int left = step.amount;
        while (left > 0) {
            t = t.addDays(1);
            if (t.date().dayOfWeek() <= 5)
                --left;
        }
        return t.toMSecsSinceEpoch();
    }
    }
    return from;
}

QString NurtureService::exitReason(const Sequence &seq, const Enrolment &e, const Lead &lead) const
{
    Database &db = m_workspace.db();
    if (seq.exits.unsubscribed && lead.unsubscribedAt)
        return u"unsubscribed"_s;
    if (seq.exits.converted && isConverted(lead.stage))
        return u"converted"_s;
    if (seq.exits.disqualified && lead.stage == Stage::Disqualified)
        return u"disqualified"_s;
    if (seq.exits.replied
        && Query(db, "SELECT 1 FROM activities WHERE lead_id = ? AND type = ? AND occurred_at >= ? LIMIT 1", lead.id,
                 int(ActivityType::EmailReplied), e.enrolledAt).scalar().isValid())
        return u"replied"_s;
    if (seq.exits.bounced
        && (Query(db, "SELECT 1 FROM activities WHERE lead_id = ? AND type = ? AND occurred_at >= ? LIMIT 1", lead.id,
                  int(ActivityType::EmailBounced), e.enrolledAt).scalar().isValid()
            || Query(db, "SELECT 1 FROM nurture_sends WHERE lead_id = ? AND state = ? AND to_address = ? LIMIT 1", lead.id,
                     int(SendState::Bounced), lead.email.trimmed()).scalar().isValid()))
        return u"bounced"_s;
    return QString();
}

bool NurtureService::conditionHolds(const Step &step, const Enrolment &e, const Lead &lead) const
{
    Database &db = m_workspace.db();
    auto activitySince = [&](ActivityType type) {
        // Since the last e-mail of this enrolment (or since it began).
        const QVariant last = Query(db, "SELECT max(sent_at) FROM nurture_sends WHERE enrolment_id = ? AND state = ?", e.id,
                                    int(SendState::Sent)).scalar();
        const qint64 since = last.isNull() ? e.enrolledAt : last.toLongLong();
        return Query(db, "SELECT 1 FROM activities WHERE lead_id = ? AND type = ? AND occurred_at >= ? LIMIT 1", lead.id,
                     int(type), since).scalar().isValid();
    };
    switch (step.condition) {
    case ConditionKind::Opened: return activitySince(ActivityType::EmailOpened) || activitySince(ActivityType::EmailClicked);
    case ConditionKind::Clicked: return activitySince(ActivityType::EmailClicked);
    case ConditionKind::Replied:
        return Query(db, "SELECT 1 FROM activities WHERE lead_id = ? AND type = ? AND occurred_at >= ? LIMIT 1", lead.id,
                     int(ActivityType::EmailReplied), e.enrolledAt).scalar().isValid();
    case ConditionKind::ScoreAtLeast: return lead.score >= step.score;
    case ConditionKind::StageIs: return lead.stage == step.stage;
    case ConditionKind::FieldValue: return step.field.matches(lead);
    }
    return false;
}

void NurtureService::act(Context &c, const Step &step, const Enrolment &e, const Sequence &seq, const Lead &lead)
{
    const QString why = tr("Nurture sequence \"%1\", step #%2").arg(seq.name).arg(step.id);
    if (c.options.dryRun) {
        c.report.plannedActions << tr("%1: lead #%2: %3").arg(why).arg(lead.id).arg(Sequences::describe(step));
        return;
    }
    ++c.report.actions;
    switch (step.action) {
    case ActionKind::AddPoints:
        break; // refused by validate(): an active sequence never holds it
    case ActionKind::SetStage:
        if (lead.stage != step.stage)
            m_workspace.leads().changeStage(lead.id, step.stage, why); // refused moves throw: reported, lead exits
        break;
    case ActionKind::AssignRep:
        if (step.repId)
            Router(m_workspace).reassign({lead.id}, step.repId, why);
        else
            Router(m_workspace).route(lead.id, c.now);
        break;
    case ActionKind::CreateTask:
    case ActionKind::NotifyOwner: {
        Task t;
        t.leadId = lead.id;
        t.repId = lead.ownerId.value_or(0);
        t.type = step.action == ActionKind::CreateTask ? step.taskType : TaskType::Todo;
        t.title = step.text.trimmed().isEmpty() ? tr("Nurture: follow up %1").arg(seq.name) : step.text.trimmed();
        t.notes = why;
        t.dueAt = c.now + (step.action == ActionKind::CreateTask ? step.dueDays * Day : 0);
        t.actor = u"nurture"_s;
        m_workspace.tasks().add(t);
        break;
    }
    }
    Q_UNUSED(e);
}

void NurtureService::process(Context &c, Enrolment e)
{
    const auto seqIt = c.sequences.constFind(e.sequenceId);
    if (seqIt == c.sequences.constEnd())
        return;
    const Sequence &seq = *seqIt;
    for (int guard = 0; guard < 64 && !c.stop; ++guard) {
        const std::optional<Lead> lead = m_workspace.leads().find(e.leadId);
        if (!lead)
            return;
        const Step *step = seq.step(e.stepId);
        // An e-mail that may have left before a crash is settled first, whatever happened since.
        const bool inFlight = step && step->type == StepType::Email
            && Query(m_workspace.db(), "SELECT 1 FROM nurture_sends WHERE enrolment_id = ? AND step_no = ? AND state IN (2, 3)",
                     e.id, e.stepNo).scalar().isValid();
        if (!inFlight) {
            const QString reason = exitReason(seq, e, *lead);
            if (!reason.isEmpty()) {
                Transaction tx(m_workspace.db());
                end(e, EnrolmentState::Exited, reason, c.now);
                tx.commit();
                ++c.report.exited;
                return;
            }
        }
        if (!step) {
            Transaction tx(m_workspace.db());
            end(e, EnrolmentState::Completed, u"completed"_s, c.now);
            tx.commit();
            ++c.report.completed;
            return;
        }
        switch (step->type) {
        case StepType::Wait: {
            Transaction tx(m_workspace.db());
            move(e, step->next, waitUntil(*step, c.now));
            tx.commit();
            if (e.state == EnrolmentState::Completed)
                ++c.report.completed;
            return; // what follows the wait is due later
        }
        case StepType::Condition: {
            Transaction tx(m_workspace.db());
            move(e, conditionHolds(*step, e, *lead) ? step->yes : step->no, c.now);
            tx.commit();
            break;
        }
        case StepType::Action: {
            Transaction tx(m_workspace.db());
            try {
                act(c, *step, e, seq, *lead);
            } catch (const StorageError &error) {
                c.report.problems << tr("Lead #%1, sequence \"%2\", step #%3: %4").arg(e.leadId).arg(seq.name).arg(step->id)
                                         .arg(error.message());
            }
            move(e, step->next, c.now);
            tx.commit();
            break;
        }
        case StepType::Email:
            if (!deliver(c, e, seq, *step, *lead))
                return;
            break;
        }
        if (e.state != EnrolmentState::Active) {
            ++c.report.completed;
            return;
        }
        if (e.dueAt > c.now)
            return;
    }
}

bool NurtureService::deliver(Context &c, Enrolment &e, const Sequence &seq, const Step &step, const Lead &lead)
{
    Database &db = m_workspace.db();
    const NurtureSettings &s = c.settings;

    // The send log row of this e-mail of this enrolment, if an earlier run made it.
    std::optional<SendRecord> row;
    {
        Query q(db, std::string("SELECT ") + SendColumns + " FROM nurture_sends WHERE enrolment_id = ? AND step_no = ?");
        q.bind(1, e.id).bind(2, e.stepNo);
        if (q.next())
            row = readSend(q);
    }
    auto markSent = [&](const QString &note) {
        Transaction tx(db);
        Query(db, "UPDATE nurture_sends SET state = 3, sent_at = coalesce(sent_at, ?), last_error = ? WHERE id = ?", c.now, note,
              row->id).exec();
        if (!c.options.dryRun) {
            Activity a;
            a.leadId = lead.id;
            a.type = ActivityType::EmailSent;
            a.occurredAt = c.now;
            a.detail = row->subject;
            a.actor = tr("Nurture: %1").arg(seq.name);
            m_workspace.leads().addActivity(a);
        }
        move(e, step.next, c.now);
        tx.commit();
        ++c.report.sent;
        c.report.emails << PlannedEmail{c.now, lead.id, row->to, seq.name, step.id, row->subject};
    };
    if (row && row->state == SendState::Sent) {
        Transaction tx(db);
        move(e, step.next, c.now);
        tx.commit();
        return true;
    }
    if (row && row->state == SendState::Data) {
        // The run that sent it stopped while the server was taking the message: it has it.
        markSent(tr("the program stopped while the server was receiving this e-mail; counted as sent so it never goes twice"));
        return true;
    }

    if (lead.unsubscribedAt) {
        Transaction tx(db);
        end(e, EnrolmentState::Exited, u"unsubscribed"_s, c.now);
        tx.commit();
        ++c.report.exited;
        return false;
    }
    if (!lead.consentAt) {
        Transaction tx(db);
        end(e, EnrolmentState::Exited, u"no consent"_s, c.now);
        tx.commit();
        ++c.report.exited;
        return false;
    }
    if (!isValidAddress(lead.email.trimmed())) {
        Transaction tx(db);
        end(e, EnrolmentState::Exited, u"no e-mail address"_s, c.now);
        tx.commit();
        ++c.report.exited;
        return false;
    }
    const std::optional<EmailTemplate> tmpl = findTemplate(step.templateId);
    if (!tmpl) {
        c.report.problems << tr("Sequence \"%1\", step #%2: the template was deleted.").arg(seq.name).arg(step.id);
        return false;
    }
    if (row && row->state == SendState::Retry && row->nextAttempt > c.now) {
        Query(db, "UPDATE nurture_enrolments SET due_at = ? WHERE id = ?", row->nextAttempt, e.id).exec();
        e.dueAt = row->nextAttempt;
        return false;
    }
    // Quiet hours and weekends.
    const qint64 allowed = s.policy.allowedAt(c.now);
    if (allowed > c.now) {
        Query(db, "UPDATE nurture_enrolments SET due_at = ? WHERE id = ?", allowed, e.id).exec();
        e.dueAt = allowed;
        ++c.report.heldByQuietHours;
        return false;
    }
    // The frequency cap across every sequence (this e-mail's own row excluded).
    const qint64 window = qint64(s.policy.capDays) * Day;
    {
        Query q(db, "SELECT count(*), min(sent_at) FROM nurture_sends WHERE lead_id = ? AND state IN (1, 2, 3) AND sent_at > ? "
                    "AND id <> ?", lead.id, c.now - window, row ? row->id : 0);
        q.next();
        if (q.int64(0) >= s.policy.capCount) {
            const qint64 until = q.int64(1) + window + 1;
            Query(db, "UPDATE nurture_enrolments SET due_at = ? WHERE id = ?", until, e.id).exec();
            e.dueAt = until;
            ++c.report.heldByCap;
            return false;
        }
    }

    const QString domain = s.smtp.fromAddress.section(u'@', 1).trimmed();
    if (!row) {
        const QString messageId = QUuid::createUuid().toString(QUuid::WithoutBraces) + u'@'
            + (domain.isEmpty() ? u"leadbench.invalid"_s : domain);
        const OutgoingEmail draft = compose(*tmpl, lead, s, messageId);
        Query(db, "INSERT INTO nurture_sends (enrolment_id, step_no, lead_id, sequence_id, step_id, template_id, to_address, "
                  "subject, message_id, state, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)",
              e.id, e.stepNo, lead.id, seq.id, step.id, tmpl->id, draft.to, draft.subject, messageId, c.now).exec();
        row = SendRecord();
        row->id = db.lastInsertId();
        row->enrolmentId = e.id;
        row->leadId = lead.id;
        row->sequenceId = seq.id;
        row->stepId = step.id;
        row->to = draft.to;
        row->subject = draft.subject;
        row->messageId = messageId;
    }
    if (c.options.dryRun || !c.mailer) {
        Query(db, "UPDATE nurture_sends SET sent_at = ? WHERE id = ?", c.now, row->id).exec();
        markSent(QString());
        return true;
    }

    // The message is composed again with the same Message-ID (a retry carries the same identity).
    const OutgoingEmail email = compose(*tmpl, lead, s, row->messageId);
    Query(db, "UPDATE nurture_sends SET state = 1, attempts = attempts + 1, sent_at = ?, subject = ?, to_address = ? WHERE id = ?",
          c.now, email.subject, email.to, row->id).exec();
    row->subject = email.subject;
    row->to = email.to;
    const qint64 rowId = row->id;
    // Called from inside libcurl: no exception may cross it. Without the record, the message does not go.
    const SendOutcome outcome = c.mailer->send(email, [&db, rowId] {
        try {
            Query(db, "UPDATE nurture_sends SET state = 2 WHERE id = ?", rowId).exec();
            return true;
        } catch (const StorageError &) {
            return false;
        }
    });
    switch (outcome.kind) {
    case SendOutcome::Kind::Sent:
        markSent(QString());
        if (c.options.progress)
            c.options.progress(c.report.sent);
        return true;
    case SendOutcome::Kind::Temporary: {
        const int attempts = Query(db, "SELECT attempts FROM nurture_sends WHERE id = ?", rowId).scalar().toInt();
        Transaction tx(db);
        if (attempts >= s.policy.maxAttempts) {
            Query(db, "UPDATE nurture_sends SET state = 5, last_error = ? WHERE id = ?", outcome.message, rowId).exec();
            end(e, EnrolmentState::Exited, u"sending failed"_s, c.now);
            ++c.report.failed;
        } else {
            const qint64 next = c.now + SendPolicy::retryDelayMs(attempts);
            Query(db, "UPDATE nurture_sends SET state = 4, next_attempt = ?, last_error = ? WHERE id = ?", next, outcome.message,
                  rowId).exec();
            Query(db, "UPDATE nurture_enrolments SET due_at = ? WHERE id = ?", next, e.id).exec();
            e.dueAt = next;
            ++c.report.retried;
        }
        tx.commit();
        c.report.problems << tr("%1: %2").arg(email.to, outcome.message);
        return false;
    }
    case SendOutcome::Kind::Permanent: {
        Transaction tx(db);
        Query(db, "UPDATE nurture_sends SET state = 6, last_error = ? WHERE id = ?", outcome.message, rowId).exec();
        Activity a;
        a.leadId = lead.id;
        a.type = ActivityType::EmailBounced;
        a.occurredAt = c.now;
        a.detail = email.subject;
        a.actor = tr("Nurture: %1").arg(seq.name);
        m_workspace.leads().addActivity(a);
        end(e, EnrolmentState::Exited, u"bounced"_s, c.now);
        tx.commit();
        ++c.report.bounced;
        c.report.problems << tr("%1: %2").arg(email.to, outcome.message);
        return false;
    }
    case SendOutcome::Kind::Fatal:
        // Nothing left: the row goes back to the queue, the attempt does not count.
        Query(db, "UPDATE nurture_sends SET state = 0, attempts = max(attempts - 1, 0), last_error = ? WHERE id = ?",
              outcome.message, rowId).exec();
        c.report.problems << outcome.message;
        c.report.stopped = true;
        c.stop = true;
        return false;
    }
    return false;
}

RunReport NurtureService::run(Mailer *mailer, const RunOptions &options)
{
    Context c;
    c.mailer = mailer;
    c.options = options;
    c.settings = settings();
    c.now = now();
    if (!options.dryRun) {
        const QString problem = c.settings.problem();
        if (!problem.isEmpty())
            fail(problem);
        if (!mailer)
            fail(tr("No mailer to send with."));
    }
    for (const Sequence &s : sequences()) {
        if (s.status == SequenceStatus::Active)
            c.sequences.insert(s.id, s);
    }
    Database &db = m_workspace.db();
    auto dueIds = [&](qint64 until) {
        QList<qint64> ids;
        Query q(db, "SELECT e.id FROM nurture_enrolments e JOIN nurture_sequences s ON s.id = e.sequence_id "
                    "WHERE e.state = 0 AND s.status = 1 AND e.due_at <= ? ORDER BY e.due_at, e.id", until);
        while (q.next())
            ids << q.int64(0);
        return ids;
    };
    auto processDue = [&] {
        for (qint64 id : dueIds(c.now)) {
            if (c.stop || (options.cancelled && options.cancelled())) {
                c.report.stopped = true;
                break;
            }
            if (const std::optional<Enrolment> e = enrolment(id); e && e->state == EnrolmentState::Active)
                process(c, *e);
        }
    };

    if (!options.dryRun) {
        // One sender per workspace at a time (the GUI's "send now" and a scheduled CLI run): two would
        // both take the same due e-mail. A lock left by a killed run is stale at once (its process is gone).
        QLockFile lock(m_workspace.path() + u".nurture-lock"_s);
        if (!lock.tryLock(2000))
            fail(tr("Another run is sending the nurture e-mails of this workspace (lock file %1); try again when it "
                    "has finished.").arg(m_workspace.path() + u".nurture-lock"_s));
        c.report.enrolled = enrolAutomatically();
        processDue();
        emit enrolmentsChanged();
        return c.report;
    }

    // A dry run is the real scheduler on simulated time, inside a transaction that is rolled back.
    Transaction tx(db);
    c.report.enrolled = enrolAutomatically();
    const qint64 horizon = c.now + qint64(options.dryRunDays) * Day;
    for (int round = 0; round < 10000 && c.now <= horizon; ++round) {
        processDue();
        const QVariant next = Query(db, "SELECT min(e.due_at) FROM nurture_enrolments e JOIN nurture_sequences s ON "
                                        "s.id = e.sequence_id WHERE e.state = 0 AND s.status = 1 AND e.due_at > ?", c.now).scalar();
        if (next.isNull())
            break;
        c.now = next.toLongLong();
    }
    tx.rollback();
    return c.report;
}

RunReport NurtureService::dryRun(int days)
{
    RunOptions options;
    options.dryRun = true;
    options.dryRunDays = days;
    return run(nullptr, options);
}

// Log and statistics -----------------------------------------------------------------------------

QList<SendRecord> NurtureService::sendLog(qint64 sequenceId, int limit) const
{
    QList<SendRecord> list;
    Query q(m_workspace.db(), std::string("SELECT ") + SendColumns
                                  + " FROM nurture_sends WHERE sequence_id = ? ORDER BY created_at DESC, id DESC LIMIT ?");
    q.bind(1, sequenceId).bind(2, limit);
    while (q.next())
        list << readSend(q);
    return list;
}

QList<StepStats> NurtureService::stats(qint64 sequenceId) const
{
    // An open, click or reply counts for an e-mail when it happened after it and before the lead's next
    // nurture e-mail (at most 30 days later); converted: the lead reached SQL or beyond after it.
    Database &db = m_workspace.db();
    QList<StepStats> list;
    Query q(db, R"sql(
WITH s AS (
  SELECT n.id, n.step_id, n.lead_id, n.sent_at,
         min(n.sent_at + 2592000000,
             coalesce((SELECT min(m.sent_at) FROM nurture_sends m
                       WHERE m.lead_id = n.lead_id AND m.state = 3 AND m.sent_at > n.sent_at), n.sent_at + 2592000000)) AS until
  FROM nurture_sends n WHERE n.sequence_id = ?1 AND n.state = 3
)
SELECT s.step_id, count(*),
  sum(EXISTS(SELECT 1 FROM activities a WHERE a.lead_id = s.lead_id AND a.type IN (3, 4) AND a.occurred_at >= s.sent_at AND a.occurred_at < s.until)),
  sum(EXISTS(SELECT 1 FROM activities a WHERE a.lead_id = s.lead_id AND a.type = 4 AND a.occurred_at >= s.sent_at AND a.occurred_at < s.until)),
  sum(EXISTS(SELECT 1 FROM activities a WHERE a.lead_id = s.lead_id AND a.type = 5 AND a.occurred_at >= s.sent_at AND a.occurred_at < s.until)),
  sum(EXISTS(SELECT 1 FROM stage_history h WHERE h.lead_id = s.lead_id AND h.to_stage IN (4, 5, 6) AND h.changed_at >= s.sent_at))
FROM s GROUP BY s.step_id
)sql", sequenceId);
    QHash<int, StepStats> byStep;
    while (q.next()) {
        StepStats st;
        st.sequenceId = sequenceId;
        st.stepId = q.integer(0);
        st.sent = q.int64(1);
        st.opened = q.int64(2);
        st.clicked = q.int64(3);
        st.replied = q.int64(4);
        st.converted = q.int64(5);
        byStep.insert(st.stepId, st);
    }
    Query b(db, "SELECT step_id, count(*) FROM nurture_sends WHERE sequence_id = ? AND state = 6 GROUP BY step_id", sequenceId);
    while (b.next()) {
        StepStats &st = byStep[b.integer(0)];
        st.sequenceId = sequenceId;
        st.stepId = b.integer(0);
        st.bounced = b.int64(1);
    }
    Query w(db, "SELECT step_id, count(*) FROM nurture_enrolments WHERE sequence_id = ? AND state = 0 GROUP BY step_id", sequenceId);
    while (w.next()) {
        StepStats &st = byStep[w.integer(0)];
        st.sequenceId = sequenceId;
        st.stepId = w.integer(0);
        st.waiting = w.int64(1);
    }
    if (const std::optional<Sequence> seq = findSequence(sequenceId)) {
        for (const Step &step : seq->steps) {
            StepStats st = byStep.value(step.id);
            st.sequenceId = sequenceId;
            st.stepId = step.id;
            list << st;
        }
    }
    return list;
}

SequenceCounts NurtureService::counts(qint64 sequenceId) const
{
    SequenceCounts c;
    Query q(m_workspace.db(), "SELECT state, count(*) FROM nurture_enrolments WHERE sequence_id = ? GROUP BY state", sequenceId);
    while (q.next()) {
        switch (EnrolmentState(q.integer(0))) {
        case EnrolmentState::Active: c.active = q.int64(1); break;
        case EnrolmentState::Completed: c.completed = q.int64(1); break;
        case EnrolmentState::Exited: c.exited = q.int64(1); break;
        }
    }
    return c;
}

bool NurtureService::unsubscribeToken(const QString &token)
{
    const QVariant lead = Query(m_workspace.db(), "SELECT lead_id FROM nurture_tokens WHERE token = ?", token.trimmed()).scalar();
    if (!lead.isValid())
        return false;
    const qint64 id = lead.toLongLong();
    Transaction tx(m_workspace.db());
    const Lead l = m_workspace.leads().get(id);
    if (!l.unsubscribedAt) {
        m_workspace.leads().setField(id, LeadField::UnsubscribedAt, now());
        Activity a;
        a.leadId = id;
        a.type = ActivityType::Unsubscribed;
        a.occurredAt = now();
        a.detail = tr("Unsubscribe link of the nurture e-mails");
        a.actor = u"nurture"_s;
        m_workspace.leads().addActivity(a);
    }
    tx.commit();
    return true;
}

QString NurtureService::sendStateName(SendState state)
{
    switch (state) {
    case SendState::Queued: return tr("Queued");
    case SendState::Sending: return tr("Sending");
    case SendState::Data: return tr("Handed to the server");
    case SendState::Sent: return tr("Sent");
    case SendState::Retry: return tr("Will retry");
    case SendState::Failed: return tr("Failed");
    case SendState::Bounced: return tr("Bounced");
    }
    return QString();
}

QString NurtureService::enrolmentStateName(EnrolmentState state)
{
    switch (state) {
    case EnrolmentState::Active: return tr("Active");
    case EnrolmentState::Completed: return tr("Completed");
    case EnrolmentState::Exited: return tr("Exited");
    }
    return QString();
}

} // namespace Nurture
