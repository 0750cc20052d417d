#pragma once

#include "LifecycleStage.h"

#include <QList>
#include <QString>

#include <optional>

// What a lead did or what was done with it. Codes are stored; never renumber.
enum class ActivityType : int {
    Subscribed = 1,
    EmailSent = 2,
    EmailOpened = 3,
    EmailClicked = 4,
    EmailReplied = 5,
    EmailBounced = 6,
    PageVisit = 7,
    FormSubmitted = 8,
    ContentDownloaded = 9,
    WebinarAttended = 10,
    MeetingBooked = 11,
    MeetingCancelled = 12,
    MeetingHeld = 13,
    Call = 14,
    Note = 15,
    TrialStarted = 16,
    Unsubscribed = 17,
    EventVisit = 18, // met at a trade show or an event
};

namespace ActivityTypes {
QList<ActivityType> all();
QString key(ActivityType type);                        // "email_opened", ...
std::optional<ActivityType> fromKey(const QString &key);
QString displayName(ActivityType type);
// Types a person logs by hand in the timeline (the rest arrive from tools and imports).
QList<ActivityType> manual();
bool isValid(int code);
} // namespace ActivityTypes

struct Activity
{
    qint64 id = 0;
    qint64 leadId = 0;
    ActivityType type = ActivityType::Note;
    qint64 occurredAt = 0; // ms since epoch, UTC
    QString detail;        // URL of a page visit, subject of an e-mail, outcome of a call, text of a note
    QString actor;         // who logged it, or the tool it came from
    qint64 createdAt = 0;
};

// One entry of a lead's stage history: when, who, why, and the score at that moment.
struct StageChange
{
    qint64 id = 0;
    qint64 leadId = 0;
    std::optional<Stage> from;
    Stage to = Stage::Lead;
    qint64 changedAt = 0;
    QString actor;
    QString reason;
    int score = 0;
};
