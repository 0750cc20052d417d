#pragma once

#include "Lead.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// A test on one field of a lead: industry equals "Retail", country one of France/Italy, company size >=
// 200, job title contains "director", e-mail is set. Routing rules are lists of these.
struct FieldCondition
{
    Q_DECLARE_TR_FUNCTIONS(FieldCondition)
public:
    enum class Op { Equals, Contains, OneOf, AtLeast, AtMost, IsSet };

    LeadField field = LeadField::Industry;
    Op op = Op::Equals;
    QStringList values; // one for Equals/Contains/AtLeast/AtMost, several for OneOf, none for IsSet

    // Text comparisons ignore case and accents (TextKey::fold); numbers compare as numbers.
    bool matches(const Lead &lead) const;
    QString describe() const; // "Industry is one of Retail, Hospitality"
    QString check() const;    // empty when usable, else what is wrong

    QJsonObject toJson() const;
    static FieldCondition fromJson(const QJsonObject &json, QString *error = nullptr);
    static QString opKey(Op op);
    static std::optional<Op> opFromKey(const QString &key);
    static QString opName(Op op);
    static QList<LeadField> routableFields();

    bool operator==(const FieldCondition &other) const = default;
};
