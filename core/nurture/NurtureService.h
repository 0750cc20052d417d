#pragma once

#include "EmailTemplate.h"
#include "Mailer.h"
#include "NurtureSettings.h"
#include "Sequence.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

class Workspace;
struct Lead;

namespace Nurture {

enum class EnrolmentState : int { Active = 0, Completed = 1, Exited = 2 };
// The send log (nurture_sends.state). Stored; never renumber.
enum class SendState : int { Queued = 0, Sending = 1, Data = 2, Sent = 3, Retry = 4, Failed = 5, Bounced = 6 };

struct Enrolment
{
    qint64 id = 0;
    qint64 sequenceId = 0;
    qint64 leadId = 0;
    QString source; // "hand", "segment", "bant"
    EnrolmentState state = EnrolmentState::Active;
    int stepId = 0;
    int stepNo = 0;
    qint64 dueAt = 0;
    qint64 enrolledAt = 0;
    qint64 endedAt = 0;
    QString endReason;
};

struct SendRecord
{
    qint64 id = 0;
    qint64 enrolmentId = 0;
    qint64 leadId = 0;
    qint64 sequenceId = 0;
    int stepId = 0;
    QString to;
    QString subject;
    QString messageId;
    SendState state = SendState::Queued;
    int attempts = 0;
    qint64 nextAttempt = 0;
    QString lastError;
    qint64 createdAt = 0;
    qint64 sentAt = 0;
};

// An e-mail a run sent, or a dry run would send.
struct PlannedEmail
{
    qint64 at = 0;
    qint64 leadId = 0;
    QString to;
    QString sequence;
    int stepId = 0;
    QString subject;
};

struct RunOptions
{
    bool dryRun = false;
    int dryRunDays = 14;                 // how far a dry run looks ahead
    std::function<bool()> cancelled;     // checked between e-mails
    std::function<void(int done)> progress;
};

struct RunReport
{
    int enrolled = 0; // automatic enrolments (segments, BANT)
    int sent = 0;
    int retried = 0;
    int failed = 0;
    int bounced = 0;
    int exited = 0;
    int completed = 0;
    int actions = 0;
    int heldByCap = 0;
    int heldByQuietHours = 0;
    bool stopped = false; // a fatal error or a cancel ended the run early
    QList<PlannedEmail> emails;
    QStringList problems; // what went wrong, one line each
    QStringList plannedActions; // dry run: the actions that would run
};

struct StepStats
{
    qint64 sequenceId = 0;
    int stepId = 0;
    qint64 sent = 0;
    qint64 opened = 0;
    qint64 clicked = 0;
    qint64 replied = 0;
    qint64 converted = 0;
    qint64 bounced = 0;
    qint64 waiting = 0; // enrolments whose next step is this one
};

struct SequenceCounts
{
    qint64 active = 0;
    qint64 completed = 0;
    qint64 exited = 0;
};

// Nurture campaigns over a workspace: templates, sequences, enrolments, the scheduler that sends the
// due e-mails through a Mailer with an idempotent send log, the dry run and the statistics. The GUI and
// the CLI both go through it. Throws StorageError with a message that says what and where.
class NurtureService : public QObject
{
    Q_OBJECT
public:
    explicit NurtureService(Workspace &workspace, QObject *parent = nullptr);

    // Tests fix "now" (ms since the epoch).
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }
    qint64 now() const;

    NurtureSettings settings() const;
    void saveSettings(const NurtureSettings &settings); // throws with saveProblem()
    // The SMTP password lives in the keychain only (core/sync's CredentialStore).
    QString keychainEntry() const;
    QString smtpPassword() const;
    void setSmtpPassword(const QString &password);

    QList<EmailTemplate> templates() const;
    std::optional<EmailTemplate> findTemplate(qint64 id) const;
    std::optional<EmailTemplate> findTemplate(const QString &name) const;
    qint64 saveTemplate(EmailTemplate t); // insert (id 0) or update; throws on TemplateRenderer::check problems
    void removeTemplate(qint64 id);        // refused while a sequence uses it

    // The values of the merge fields for a lead (owner, sender, unsubscribe link).
    MergeValues mergeValues(const Lead &lead, const NurtureSettings &settings);
    RenderedEmail preview(const EmailTemplate &t, qint64 leadId);

    QList<Sequence> sequences() const;
    std::optional<Sequence> findSequence(qint64 id) const;
    std::optional<Sequence> findSequence(const QString &name) const;
    QList<Problem> validate(const Sequence &sequence) const;
    // Insert or update. An active sequence must validate; a draft may be saved half done.
    qint64 saveSequence(Sequence sequence);
    void removeSequence(qint64 id);
    void setStatus(qint64 sequenceId, SequenceStatus status);

    // Enrols leads (already enrolled ones are left as they are); returns how many were added.
    int enrol(qint64 sequenceId, const QList<qint64> &leadIds, const QString &source = QStringLiteral("hand"));
    int enrolSegment(qint64 sequenceId, qint64 segmentId);
    void unenrol(qint64 sequenceId, qint64 leadId);
    QList<Enrolment> enrolments(qint64 sequenceId) const;
    QList<Enrolment> enrolmentsOf(qint64 leadId) const;
    // Segments of active sequences and the leads BANT sent to Nurturing since the last time.
    int enrolAutomatically();

    // Sends what is due now (or, dry, plans the next days without changing anything).
    RunReport run(Mailer *mailer, const RunOptions &options);
    RunReport dryRun(int days = 14);

    QList<SendRecord> sendLog(qint64 sequenceId, int limit = 500) const;
    QList<StepStats> stats(qint64 sequenceId) const;
    SequenceCounts counts(qint64 sequenceId) const;

    // Unsubscribes the lead of an unsubscribe token (from the link or the mailbox); false when unknown.
    bool unsubscribeToken(const QString &token);
    QString tokenFor(qint64 leadId);

    static QString sendStateName(SendState state);
    static QString enrolmentStateName(EnrolmentState state);

signals:
    void templatesChanged();
    void sequencesChanged();
    void enrolmentsChanged();

private:
    struct Context;
    void process(Context &c, Enrolment e);
    bool deliver(Context &c, Enrolment &e, const Sequence &seq, const Step &step, const Lead &lead);
    QString exitReason(const Sequence &seq, const Enrolment &e, const Lead &lead) const;
    bool conditionHolds(const Step &step, const Enrolment &e, const Lead &lead) const;
    void act(Context &c, const Step &step, const Enrolment &e, const Sequence &seq, const Lead &lead);
    void move(Enrolment &e, int to, qint64 due);
    void end(Enrolment &e, EnrolmentState state, const QString &reason, qint64 at);
    qint64 waitUntil(const Step &step, qint64 from) const;
    std::optional<Enrolment> enrolment(qint64 id) const;
    OutgoingEmail compose(const EmailTemplate &t, const Lead &lead, const NurtureSettings &settings, const QString &messageId);

    Workspace &m_workspace;
    std::function<qint64()> m_clock;
};

} // namespace Nurture
