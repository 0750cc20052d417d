#pragma once

#include "LifecycleStage.h"

#include <QByteArray>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QVariantList>

#include <optional>

// What part of the leads to show: a text search plus field filters, all combined with AND.
// Saved as JSON in named segments.
struct LeadFilter
{
    QString search;                     // words, each matched as a prefix (name, e-mail, company, notes)
    QList<Stage> stages;
    QList<qint64> owners;               // rep ids; 0 stands for "unassigned"
    QStringList sources;
    QStringList countries;
    QList<Temperature> temperatures;
    std::optional<int> minScore;
    std::optional<int> maxScore;
    std::optional<QDate> createdFrom;   // local dates, inclusive
    std::optional<QDate> createdTo;

    bool isEmpty() const;
    bool hasFieldFilters() const;       // anything but the search text
    int fieldFilterKinds() const;       // how many different fields are filtered (search excluded)

    QJsonObject toJson() const;
    // Unknown keys are ignored; values of the wrong type are reported in *error.
    static LeadFilter fromJson(const QJsonObject &json, QString *error = nullptr);

    // The WHERE condition over table "leads", values as ?-parameters appended to params.
    // scoreColumn: the score column when the query joins lead_scores (e.g. "lead_scores.score"); without
    // it, score ranges are a subquery on lead_scores, and the clause fits any query over leads.
    QByteArray whereClause(const ScoreBands &bands, QVariantList &params, const char *scoreColumn = nullptr) const;
    // The score conditions alone over `column` (empty: none), e.g. for a count on lead_scores.
    QByteArray scoreClause(const ScoreBands &bands, QVariantList &params, const char *column) const;
    bool hasScoreFilter() const;
    bool isScoreOnly() const; // score conditions and nothing else

    // The FTS5 MATCH expression for a search text: every word, folded, as a quoted prefix, all required.
    // Empty when the text has no word.
    static QString ftsQuery(const QString &text);

    bool operator==(const LeadFilter &other) const = default;
};
