#include "TradeShow.h"

#include "leads/LeadRepository.h"
#include "leads/LeadValidation.h"
#include "io/ImportSupport.h"
#include "leads/TextKey.h"
#include "scoring/ScoringService.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/StorageError.h"
#include "storage/Transaction.h"
#include "workspace/Workspace.h"

#include <QDateTime>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

const QString draftKey = u"tradeshow.draft"_s;

qint64 startOfToday()
{
    return QDate::currentDate().startOfDay().toMSecsSinceEpoch();
}

} // namespace

bool CaptureInput::isEmpty() const
{
    return firstName.trimmed().isEmpty() && lastName.trimmed().isEmpty() && company.trimmed().isEmpty()
        && jobTitle.trimmed().isEmpty() && email.trimmed().isEmpty() && phone.trimmed().isEmpty()
        && productInterest.trimmed().isEmpty() && notes.trimmed().isEmpty();
}

void CaptureInput::setField(LeadField field, const QString &value)
{
    switch (field) {
    case LeadField::FirstName: firstName = value; break;
    case LeadField::LastName: lastName = value; break;
    case LeadField::Company: company = value; break;
    case LeadField::JobTitle: jobTitle = value; break;
    case LeadField::Email: email = value; break;
    case LeadField::Phone: phone = value; break;
    default: break;
    }
}

QJsonObject CaptureInput::toJson() const
{
    return QJsonObject{{u"first_name"_s, firstName}, {u"last_name"_s, lastName},   {u"company"_s, company},
                       {u"job_title"_s, jobTitle},   {u"email"_s, email},           {u"phone"_s, phone},
                       {u"interest"_s, Temperatures::key(interest)}, {u"product_interest"_s, productInterest},
                       {u"notes"_s, notes},          {u"consent"_s, consent},       {u"consent_text"_s, consentText}};
}

CaptureInput CaptureInput::fromJson(const QJsonObject &j)
{
    CaptureInput c;
    c.firstName = j.value(u"first_name"_s).toString();
    c.lastName = j.value(u"last_name"_s).toString();
    c.company = j.value(u"company"_s).toString();
    c.jobTitle = j.value(u"job_title"_s).toString();
    c.email = j.value(u"email"_s).toString();
    c.phone = j.value(u"phone"_s).toString();
    c.interest = Temperatures::fromKey(j.value(u"interest"_s).toString()).value_or(Temperature::Warm);
    c.productInterest = j.value(u"product_interest"_s).toString();
    c.notes = j.value(u"notes"_s).toString();
    c.consent = j.value(u"consent"_s).toBool();
    c.consentText = j.value(u"consent_text"_s).toString();
    return c;
}

TradeShow::TradeShow(Workspace &workspace)
    : m_workspace(workspace)
{
}

QList<Campaign> TradeShow::events() const
{
    QList<Campaign> list;
    for (const Campaign &c : m_workspace.campaigns().all()) {
        if (c.channel == eventChannel())
            list << c;
    }
    std::sort(list.begin(), list.end(), [](const Campaign &a, const Campaign &b) {
        return a.startsOn != b.startsOn ? a.startsOn > b.startsOn : a.id > b.id;
    });
    return list;
}

qint64 TradeShow::createEvent(const QString &name, const QDate &startsOn, const QDate &endsOn, double cost)
{
    if (cost < 0)
        throw StorageError(StorageError::Kind::Constraint, tr("The cost of an event cannot be negative."));
    if (startsOn.isValid() && endsOn.isValid() && endsOn < startsOn)
        throw StorageError(StorageError::Kind::Constraint, tr("The event ends before it starts."));
    if (m_workspace.campaigns().findByName(name))
        throw StorageError(StorageError::Kind::Constraint,
                           tr("A campaign named \"%1\" exists already.").arg(name.trimmed()));
    Campaign c;
    c.name = name;
    c.channel = eventChannel();
    c.cost = cost;
    c.startsOn = startsOn;
    c.endsOn = endsOn;
    return m_workspace.campaigns().add(c);
}

QString TradeShow::check(const CaptureInput &input, LeadField *field) const
{
    if (input.firstName.trimmed().isEmpty() && input.lastName.trimmed().isEmpty() && input.email.trimmed().isEmpty()
        && input.company.trimmed().isEmpty()) {
        if (field)
            *field = LeadField::FirstName;
        return tr("Type at least a name, an e-mail address or a company.");
    }
    for (const auto &[f, value] : {std::pair{LeadField::Email, input.email}, std::pair{LeadField::Phone, input.phone}}) {
        const QString problem = LeadValidation::checkField(f, value);
        if (!problem.isEmpty()) {
            if (field)
                *field = f;
            return tr("%1: %2").arg(LeadFields::label(f), problem);
        }
    }
    if (input.consent && input.consentText.trimmed().isEmpty()) {
        if (field)
            *field = LeadField::ConsentSource;
        return tr("Consent needs the wording the person agreed to.");
    }
    return QString();
}

TradeShow::Result TradeShow::capture(qint64 eventId, const CaptureInput &input, std::optional<qint64> updateLeadId)
{
    LeadField field;
    const QString problem = check(input, &field);
    if (!problem.isEmpty())
        throw StorageError(StorageError::Kind::Constraint, problem);
    const std::optional<Campaign> event = m_workspace.campaigns().find(eventId);
    if (!event)
        throw StorageError(StorageError::Kind::Constraint, tr("There is no event #%1.").arg(eventId));

    Database &db = m_workspace.db();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString consentSource = tr("Trade show: %1").arg(event->name);
    Result result;
    Transaction tx(db);
    if (updateLeadId) {
        Lead lead = m_workspace.leads().get(*updateLeadId);
        // Met again: fill what the lead lacked, never overwrite what it has.
        auto fill = [](QString &target, const QString &value) {
            if (target.trimmed().isEmpty() && !value.trimmed().isEmpty())
                target = value.trimmed();
        };
        fill(lead.firstName, input.firstName);
        fill(lead.lastName, input.lastName);
        fill(lead.company, input.company);
        fill(lead.jobTitle, input.jobTitle);
        fill(lead.email, input.email);
        fill(lead.phone, input.phone);
        if (!input.notes.trimmed().isEmpty())
            lead.notes = lead.notes.trimmed().isEmpty() ? input.notes.trimmed()
                                                         : lead.notes.trimmed() + u"\n\n"_s + input.notes.trimmed();
        if (input.consent && !lead.hasConsent()) {
            lead.consentAt = now;
            lead.consentSource = consentSource;
            lead.unsubscribedAt.reset();
        }
        lead.updatedAt = now;
        Query q(db, LeadRepository::updateSql());
        LeadRepository::bindLeadColumns(q, lead, 1);
        q.bind(28, lead.id);
        q.exec();
        result = {lead.id, true};
    } else {
        Lead lead;
        lead.firstName = input.firstName.trimmed();
        lead.lastName = input.lastName.trimmed();
        lead.company = input.company.trimmed();
        lead.jobTitle = input.jobTitle.trimmed();
        lead.email = input.email.trimmed();
        lead.phone = input.phone.trimmed();
        lead.notes = input.notes.trimmed();
        lead.source = eventChannel();
        lead.campaignId = eventId;
        lead.leadMagnet = input.productInterest.trimmed();
        if (input.consent) {
            lead.consentAt = now;
            lead.consentSource = consentSource;
        }
        lead.createdAt = now;
        lead.updatedAt = now;
        Query q(db, LeadRepository::insertSql());
        LeadRepository::bindLeadColumns(q, lead, 1);
        q.exec();
        result.leadId = db.lastInsertId();
        Query(db, "INSERT INTO stage_history (lead_id, from_stage, to_stage, changed_at, actor, reason, score) "
                  "VALUES (?, NULL, ?, ?, ?, ?, 0)",
              result.leadId, int(lead.stage), now, m_workspace.actor(), tr("Captured at %1").arg(event->name))
            .exec();
    }
    QStringList detail{tr("Interest: %1").arg(Temperatures::displayName(input.interest))};
    if (!input.productInterest.trimmed().isEmpty())
        detail << tr("product: %1").arg(input.productInterest.trimmed());
    Query(db, "INSERT INTO activities (lead_id, type, occurred_at, detail, actor, created_at) VALUES (?, ?, ?, ?, ?, ?)",
          result.leadId, int(ActivityType::EventVisit), now, event->name + u" — "_s + detail.join(u"; "_s),
          m_workspace.actor(), now)
        .exec();
    Query(db, "INSERT INTO event_captures (campaign_id, lead_id, interest, product_interest, consent_text, "
              "updated_existing, captured_at, captured_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
          eventId, result.leadId, int(input.interest), input.productInterest.trimmed(),
          input.consent ? input.consentText.trimmed() : QString(), result.updatedExisting, now, m_workspace.actor())
        .exec();
    Query(db, "DELETE FROM meta WHERE key = ?", draftKey).exec();
    m_workspace.scoring().rescoreLead(result.leadId, tr("Met at %1").arg(event->name));
    tx.commit(); // synchronous=FULL: on disk when this returns
    if (result.updatedExisting)
        m_workspace.leads().announceChanged({result.leadId});
    else
        m_workspace.leads().announceAdded({result.leadId});
    return result;
}

QList<DuplicateCandidate> TradeShow::duplicates(const CaptureInput &input, int limit) const
{
    QList<DuplicateCandidate> found;
    Database &db = m_workspace.db();
    auto add = [&](Query &q, const QString &reason) {
        while (q.next()) {
            const qint64 id = q.int64(0);
            auto it = std::find_if(found.begin(), found.end(), [id](const DuplicateCandidate &c) { return c.leadId == id; });
            if (it == found.end()) {
                DuplicateCandidate c;
                c.leadId = id;
                c.name = (q.text(1) + u' ' + q.text(2)).trimmed();
                c.company = q.text(3);
                c.email = q.text(4);
                c.phone = q.text(5);
                c.reasons << reason;
                found << c;
            } else if (!it->reasons.contains(reason)) {
                it->reasons << reason;
            }
        }
    };
    const std::string columns = "SELECT id, first_name, last_name, company, email, phone FROM leads ";
    const QString email = TextKey::normalizeEmail(input.email);
    if (email.contains(u'@')) {
        Query q(db, columns + "WHERE email_key = ? LIMIT ?", email, limit);
        add(q, tr("same e-mail"));
    }
    // The same key and index as the importer's duplicate check.
    const QString phone = ImportSupport::phoneKey(input.phone);
    if (TextKey::phoneDigits(phone).size() >= 6) {
        Query q(db, columns + "WHERE phone <> '' AND " + ImportSupport::phoneExpression() + " = ? LIMIT ?", phone, limit);
        add(q, tr("same phone"));
    }
    const QString last = TextKey::fold(input.lastName.trimmed());
    const QString first = TextKey::fold(input.firstName.trimmed());
    const QString company = TextKey::fold(input.company.trimmed());
    if (!last.isEmpty() && !first.isEmpty()) {
        // Same name; the same company when both have one (the same name elsewhere is another person).
        Query q(db, columns + "WHERE name_key = ? AND (? = '' OR company_key = '' OR company_key = ?) LIMIT ?",
                TextKey::nameKey(input.firstName.trimmed(), input.lastName.trimmed()), company, company, limit);
        add(q, tr("same name and company"));
    }
    if (!last.isEmpty() && !company.isEmpty()) {
        // Same last name at the same company with a first name that starts alike ("Jo" / "José").
        Query q(db, columns + "WHERE company_key = ? AND name_key >= ? AND name_key < ? LIMIT ?", company,
                last + u' ' + first.left(1), last + u' ' + first.left(1) + QChar(0xFFFF), limit);
        add(q, tr("similar name, same company"));
    }
    if (found.size() > limit)
        found.resize(limit);
    return found;
}

qint64 TradeShow::capturedToday() const
{
    return Query(m_workspace.db(), "SELECT count(*) FROM event_captures WHERE captured_at >= ?", startOfToday())
        .scalar()
        .toLongLong();
}

qint64 TradeShow::capturedAt(qint64 eventId) const
{
    return Query(m_workspace.db(), "SELECT count(*) FROM event_captures WHERE campaign_id = ?", eventId).scalar().toLongLong();
}

EventSummary TradeShow::summary(qint64 eventId) const
{
    EventSummary s;
    Query q(m_workspace.db(),
            "SELECT count(*), count(DISTINCT c.lead_id), sum(c.updated_existing = 0), sum(c.updated_existing = 1), "
            "sum(c.interest = 2), sum(c.interest = 1), sum(c.interest = 0), sum(c.consent_text <> ''), "
            "count(DISTINCT CASE WHEN l.owner_id IS NULL THEN l.id END) "
            "FROM event_captures c JOIN leads l ON l.id = c.lead_id WHERE c.campaign_id = ?",
            eventId);
    if (q.next()) {
        s.captured = q.int64(0);
        s.leads = q.int64(1);
        s.newLeads = q.int64(2);
        s.updatedLeads = q.int64(3);
        s.hot = q.int64(4);
        s.warm = q.int64(5);
        s.cold = q.int64(6);
        s.withConsent = q.int64(7);
        s.unassigned = q.int64(8);
    }
    if (const auto event = m_workspace.campaigns().find(eventId))
        s.cost = event->cost;
    if (s.leads > 0)
        s.costPerLead = s.cost / double(s.leads);
    return s;
}

QList<qint64> TradeShow::capturedLeads(qint64 eventId) const
{
    QList<qint64> ids;
    Query q(m_workspace.db(), "SELECT DISTINCT lead_id FROM event_captures WHERE campaign_id = ? ORDER BY lead_id", eventId);
    while (q.next())
        ids << q.int64(0);
    return ids;
}

QList<CapturedLead> TradeShow::capturedList(qint64 eventId) const
{
    QList<CapturedLead> list;
    Query q(m_workspace.db(),
            "SELECT l.id, l.first_name, l.last_name, l.company, c.interest, c.product_interest, ifnull(l.owner_id, 0), "
            "c.captured_at FROM event_captures c JOIN leads l ON l.id = c.lead_id WHERE c.campaign_id = ? "
            "ORDER BY c.captured_at DESC, c.id DESC",
            eventId);
    while (q.next()) {
        CapturedLead c;
        c.leadId = q.int64(0);
        c.name = (q.text(1) + u' ' + q.text(2)).trimmed();
        c.company = q.text(3);
        const int interest = q.integer(4);
        c.interest = interest >= 0 && interest <= 2 ? Temperature(interest) : Temperature::Warm;
        c.product = q.text(5);
        c.ownerId = q.int64(6);
        c.capturedAt = q.int64(7);
        list << c;
    }
    return list;
}

int TradeShow::assignInTurn(qint64 eventId, const QList<qint64> &repIds)
{
    if (repIds.isEmpty())
        throw StorageError(StorageError::Kind::Constraint, tr("Choose at least one rep."));
    Database &db = m_workspace.db();
    Transaction tx(db);
    QList<qint64> ids;
    {
        // Hot leads first, so each rep gets a fair share of them.
        Query q(db, "SELECT c.lead_id FROM event_captures c JOIN leads l ON l.id = c.lead_id "
                    "WHERE c.campaign_id = ? AND l.owner_id IS NULL GROUP BY c.lead_id "
                    "ORDER BY max(c.interest) DESC, c.lead_id",
                eventId);
        while (q.next())
            ids << q.int64(0);
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (qsizetype i = 0; i < ids.size(); ++i)
        Query(db, "UPDATE leads SET owner_id = ?, updated_at = ? WHERE id = ?", repIds.at(i % repIds.size()), now, ids.at(i)).exec();
    tx.commit();
    if (!ids.isEmpty())
        m_workspace.leads().announceChanged(ids);
    return int(ids.size());
}

QString TradeShow::consentWording(qint64 eventId) const
{
    return m_workspace.meta(u"tradeshow.consent.%1"_s.arg(eventId),
                            tr("I agree that my details are used to contact me about this event's products and "
                               "offers. I can unsubscribe at any time."));
}

void TradeShow::setConsentWording(qint64 eventId, const QString &wording)
{
    m_workspace.setMeta(u"tradeshow.consent.%1"_s.arg(eventId), wording.trimmed());
}

std::optional<std::pair<qint64, CaptureInput>> TradeShow::draft() const
{
    const QString text = m_workspace.meta(draftKey);
    if (text.isEmpty())
        return std::nullopt;
    const QJsonObject json = QJsonDocument::fromJson(text.toUtf8()).object();
    const CaptureInput input = CaptureInput::fromJson(json.value(u"input"_s).toObject());
    if (input.isEmpty())
        return std::nullopt;
    return std::make_pair(qint64(json.value(u"event"_s).toDouble()), input);
}

void TradeShow::saveDraft(qint64 eventId, const CaptureInput &input)
{
    if (input.isEmpty()) {
        clearDraft();
        return;
    }
    const QJsonObject json{{u"event"_s, eventId}, {u"input"_s, input.toJson()}};
    m_workspace.setMeta(draftKey, QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
}

void TradeShow::clearDraft()
{
    Query(m_workspace.db(), "DELETE FROM meta WHERE key = ?", draftKey).exec();
}
