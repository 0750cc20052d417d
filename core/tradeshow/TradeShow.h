#pragma once

#include "campaigns/CampaignRepository.h"
#include "leads/Lead.h"
#include "leads/LifecycleStage.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class Workspace;

// What the capture form holds for one person met at the booth.
struct CaptureInput
{
    QString firstName;
    QString lastName;
    QString company;
    QString jobTitle;
    QString email;
    QString phone;
    Temperature interest = Temperature::Warm;
    QString productInterest;
    QString notes;
    bool consent = false;
    QString consentText; // the wording the person agreed to, stored with the lead

    bool isEmpty() const;
    // The text fields by the lead field they fill (first/last name, company, job title, e-mail, phone).
    void setField(LeadField field, const QString &value);
    QJsonObject toJson() const;
    static CaptureInput fromJson(const QJsonObject &json);
};

// A lead already in the workspace that the person being typed may be.
struct DuplicateCandidate
{
    qint64 leadId = 0;
    QString name;
    QString company;
    QString email;
    QString phone;
    QStringList reasons; // "same e-mail", "same phone", "same name and company"
};

// One line of an event's list of captured leads.
struct CapturedLead
{
    qint64 leadId = 0;
    QString name;
    QString company;
    Temperature interest = Temperature::Warm;
    QString product;
    qint64 ownerId = 0;
    qint64 capturedAt = 0;
};

struct EventSummary
{
    qint64 captured = 0;     // capture records at this event
    qint64 leads = 0;        // distinct leads
    qint64 newLeads = 0;
    qint64 updatedLeads = 0; // existing leads met again
    qint64 hot = 0;
    qint64 warm = 0;
    qint64 cold = 0;
    qint64 withConsent = 0;
    qint64 unassigned = 0;
    double cost = 0;
    std::optional<double> costPerLead; // none when nobody was captured
};

// Trade-show capture: leads typed in at an event (a campaign with its cost), with no network. Every
// capture is one transaction, committed durably (synchronous=FULL) before capture() returns; the form
// being typed is kept as a draft in the workspace so a crash loses nothing either.
class TradeShow
{
    Q_DECLARE_TR_FUNCTIONS(TradeShow)
public:
    struct Result
    {
        qint64 leadId = 0;
        bool updatedExisting = false;
    };

    explicit TradeShow(Workspace &workspace);

    static QString eventChannel() { return QStringLiteral("trade_show"); }
    QList<Campaign> events() const; // campaigns of the trade-show channel, newest first
    qint64 createEvent(const QString &name, const QDate &startsOn, const QDate &endsOn, double cost);

    // Empty when the input can be saved; otherwise the message, and the field in *field.
    QString check(const CaptureInput &input, LeadField *field = nullptr) const;
    // Saves a new lead, or updates updateLeadId (fills its empty fields, adds the notes), and records the
    // capture and an "met at an event" activity. Throws StorageError when refused.
    Result capture(qint64 eventId, const CaptureInput &input, std::optional<qint64> updateLeadId = std::nullopt);

    QList<DuplicateCandidate> duplicates(const CaptureInput &input, int limit = 5) const;

    qint64 capturedToday() const;
    qint64 capturedAt(qint64 eventId) const;
    EventSummary summary(qint64 eventId) const;
    QList<qint64> capturedLeads(qint64 eventId) const;
    QList<CapturedLead> capturedList(qint64 eventId) const; // newest first
    // Gives the event's leads without an owner to the reps in turn; returns how many were assigned.
    int assignInTurn(qint64 eventId, const QList<qint64> &repIds);

    QString consentWording(qint64 eventId) const;
    void setConsentWording(qint64 eventId, const QString &wording);

    std::optional<std::pair<qint64, CaptureInput>> draft() const;
    void saveDraft(qint64 eventId, const CaptureInput &input);
    void clearDraft();

private:
    Workspace &m_workspace;
};
