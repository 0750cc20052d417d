#include "Activity.h"

#include <QCoreApplication>

namespace {

struct TypeInfo
{
    ActivityType type;
    const char *key;
    const char *name;
};

const TypeInfo types[] = {
    {ActivityType::Subscribed, "subscribed", QT_TRANSLATE_NOOP("ActivityType", "Subscribed to the e-mail list")},
    {ActivityType::EmailSent, "email_sent", QT_TRANSLATE_NOOP("ActivityType", "E-mail sent")},
    {ActivityType::EmailOpened, "email_opened", QT_TRANSLATE_NOOP("ActivityType", "E-mail opened")},
    {ActivityType::EmailClicked, "email_clicked", QT_TRANSLATE_NOOP("ActivityType", "E-mail link clicked")},
    {ActivityType::EmailReplied, "email_replied", QT_TRANSLATE_NOOP("ActivityType", "E-mail replied")},
    {ActivityType::EmailBounced, "email_bounced", QT_TRANSLATE_NOOP("ActivityType", "E-mail bounced")},
    {ActivityType::PageVisit, "page_visit", QT_TRANSLATE_NOOP("ActivityType", "Page visit")},
    {ActivityType::FormSubmitted, "form_submitted", QT_TRANSLATE_NOOP("ActivityType", "Form submitted")},
    {ActivityType::ContentDownloaded, "content_downloaded", QT_TRANSLATE_NOOP("ActivityType", "Content downloaded")},
    {ActivityType::WebinarAttended, "webinar_attended", QT_TRANSLATE_NOOP("ActivityType", "Webinar attended")},
    {ActivityType::MeetingBooked, "meeting_booked", QT_TRANSLATE_NOOP("ActivityType", "Meeting booked")},
    {ActivityType::MeetingCancelled, "meeting_cancelled", QT_TRANSLATE_NOOP("ActivityType", "Meeting cancelled")},
    {ActivityType::MeetingHeld, "meeting_held", QT_TRANSLATE_NOOP("ActivityType", "Meeting")},
    {ActivityType::Call, "call", QT_TRANSLATE_NOOP("ActivityType", "Call")},
    {ActivityType::Note, "note", QT_TRANSLATE_NOOP("ActivityType", "Note")},
    {ActivityType::TrialStarted, "trial_started", QT_TRANSLATE_NOOP("ActivityType", "Free trial started")},
    {ActivityType::Unsubscribed, "unsubscribed", QT_TRANSLATE_NOOP("ActivityType", "Unsubscribed")},
    {ActivityType::EventVisit, "event_visit", QT_TRANSLATE_NOOP("ActivityType", "Met at an event")},
};

} // namespace

namespace ActivityTypes {

QList<ActivityType> all()
{
    QList<ActivityType> list;
    for (const TypeInfo &t : types)
        list << t.type;
    return list;
}

QString key(ActivityType type)
{
    for (const TypeInfo &t : types) {
        if (t.type == type)
            return QString::fromLatin1(t.key);
    }
    return QString();
}

std::optional<ActivityType> fromKey(const QString &key)
{
    const QString k = key.trimmed();
    for (const TypeInfo &t : types) {
        if (k.compare(QLatin1StringView(t.key), Qt::CaseInsensitive) == 0)
            return t.type;
    }
    return std::nullopt;
}

QString displayName(ActivityType type)
{
    for (const TypeInfo &t : types) {
        if (t.type == type)
            return QCoreApplication::translate("ActivityType", t.name);
    }
    return QString();
}

QList<ActivityType> manual()
{
    return {ActivityType::Call, ActivityType::EmailSent, ActivityType::MeetingHeld, ActivityType::Note};
}

bool isValid(int code)
{
    return code >= int(ActivityType::Subscribed) && code <= int(ActivityType::EventVisit);
}

} // namespace ActivityTypes
