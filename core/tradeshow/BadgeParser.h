#pragma once

#include <QString>

#include <optional>

// What badge and QR scanners type into a field, like a keyboard: a vCard (BEGIN:VCARD ... END:VCARD), a
// MECARD (MECARD:N:Doe,John;EMAIL:...;;) or key=value pairs (name=...;email=...). Recognised and split
// into the capture form's fields.
namespace BadgeParser {

struct Fields
{
    QString firstName;
    QString lastName;
    QString company;
    QString jobTitle;
    QString email;
    QString phone;
    bool isEmpty() const
    {
        return firstName.isEmpty() && lastName.isEmpty() && company.isEmpty() && jobTitle.isEmpty()
            && email.isEmpty() && phone.isEmpty();
    }
};

enum class Kind { None, VCard, MeCard, KeyValue };

// What the text being typed looks like (from its first characters).
Kind detect(const QString &text);
// A vCard is complete once END:VCARD has arrived; the others with the line.
bool isComplete(const QString &text);
// The fields, or nullopt when the text is not a scan or holds nothing usable.
std::optional<Fields> parse(const QString &text);

} // namespace BadgeParser
