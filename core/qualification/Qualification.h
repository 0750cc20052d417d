#pragma once

#include "Bant.h"

#include "leads/LifecycleStage.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class Workspace;

struct QualificationRecord
{
    qint64 id = 0;
    qint64 leadId = 0;
    qint64 at = 0;
    QString actor;
    BantAnswers answers;
    QString rule;   // the rule in force then, in words
    Stage outcome = Stage::SQL;
    QString reason;
    qint64 dealId = 0;
};

// Sales qualification by BANT (DOMAIN.md): the person's answers decide SQL (optionally with a deal) or
// Nurturing (with a reason and a follow-up). Every qualification is kept, so a lead can be qualified again
// and its history shows every answer.
class Qualification
{
    Q_DECLARE_TR_FUNCTIONS(Qualification)
public:
    struct Request
    {
        BantAnswers answers;
        QString reason;       // required for Nurturing; optional note for SQL
        bool createDeal = false;
        QString dealTitle;
        double dealAmount = 0;
        QString currency = QStringLiteral("EUR");
    };
    struct Result
    {
        qint64 qualificationId = 0;
        qint64 leadId = 0;
        Stage outcome = Stage::SQL;
        Stage previousStage = Stage::Lead;
        QList<qint64> stageHistoryIds; // in the order they were made
        qint64 dealId = 0;
        qint64 taskId = 0;
    };

    explicit Qualification(Workspace &workspace);

    BantRule rule() const;
    void setRule(const BantRule &rule);
    int nurtureFollowUpDays() const; // the follow-up planned when a lead goes to nurturing

    // Records the answers and moves the lead: SQL when the rule says so, else Nurturing (reason required).
    Result qualify(qint64 leadId, const Request &request);
    void undo(const Result &result);

    QList<QualificationRecord> history(qint64 leadId) const;

private:
    Workspace &m_workspace;
};
