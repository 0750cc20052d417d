#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Nurture {

// An e-mail of a sequence: a subject, a plain-text body and optionally a simple HTML body, with merge
// fields such as {{first_name}} or {{first_name|there}} (after the bar: the fallback for an empty value).
struct EmailTemplate
{
    qint64 id = 0;
    QString name;
    QString subject;
    QString text;
    QString html; // empty: the e-mail is sent as plain text only
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
};

struct TemplateProblem
{
    QString part; // "name", "subject", "text" or "html"
    int line = 0; // 1-based; 0: the part as a whole
    QString message;
};

// The values merge fields take, by key (see TemplateRenderer::fields()).
using MergeValues = QHash<QString, QString>;

struct RenderedEmail
{
    QString subject;
    QString text;
    QString html; // empty when the template has no HTML body
};

// Merges templates. Lead values are data: in the HTML body they are escaped, never markup; in the
// subject, line breaks become spaces. The unsubscribe footer (the sender's wording, which must hold
// {{unsubscribe_url}}; the link is added when it does not) is appended to every body and cannot be left
// out by a template.
class TemplateRenderer
{
    Q_DECLARE_TR_FUNCTIONS(Nurture::TemplateRenderer)
public:
    static QStringList fields();
    static QString fieldLabel(const QString &key);
    // The footer used when the sender set none.
    static QString defaultFooter();

    // What is wrong with a template (unknown merge field, unclosed braces, empty subject or body).
    static QList<TemplateProblem> check(const EmailTemplate &t);
    // Problems of a footer's wording (unknown fields).
    static QList<TemplateProblem> checkFooter(const QString &footer);

    static RenderedEmail render(const EmailTemplate &t, const MergeValues &values, const QString &footer);
    // Replaces the merge fields of one text; html: values are escaped.
    static QString merge(const QString &text, const MergeValues &values, bool html);
    static QString escapeHtml(const QString &text);
};

} // namespace Nurture
