#pragma once

#include "Lead.h"

#include <QString>
#include <QVariant>

// Checks of what a person types. Each returns an empty string when the value is acceptable, otherwise
// a sentence that says what is wrong, for the field it names.
namespace LeadValidation {

QString checkEmail(const QString &email);
QString checkPhone(const QString &phone);
QString checkField(LeadField field, const QVariant &value);
// All fields of a lead; returns (field, message) of the first problem, or nullopt.
std::optional<std::pair<LeadField, QString>> check(const Lead &lead);

} // namespace LeadValidation
