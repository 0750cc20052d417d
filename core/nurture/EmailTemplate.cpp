#include "EmailTemplate.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Nurture {

namespace {

struct FieldInfo
{
    const char *key;
    const char *label;
};

const FieldInfo fieldTable[] = {
    {"first_name", QT_TRANSLATE_NOOP("Nurture::TemplateRenderer", "First name")},
    {"last_name", QT_TRANSLATE_NOOP("Nurture::TemplateRenderer", "Last name")},
    {"full_name", QT_TRANSLATE_NOOP("Nurture::TemplateRenderer", "Full name")},
    {"email", QT_TRANSLATE_NOOP("Nurture::TemplateRenderer", "E-mail")},
    {"company", QT_TRANSLATE_NOOP("Nurture::TemplateRenderer", "Company")},
    {"job_title", QT_TRANSLATE_NOOP("Nurture::TemplateRenderer", "Job title")},
    {"industry", QT_TRANSLATE_NOOP("Nurture::TemplateRenderer", "Industry")},
    {"city", QT_TRANSLATE_NOOP("Nurture::TemplateRenderer", "City")},
    {"country", QT_TRANSLATE_NOOP("Nurture::TemplateRenderer", "Country")},
    {"lead_magnet", QT_TRANSLATE_NOOP("Nurture::TemplateRenderer", "Lead magnet")},
    {"owner_name", QT_TRANSLATE_NOOP("Nurture::TemplateRenderer", "Owner's name")},
    {"owner_email", QT_TRANSLATE_NOOP("Nurture::TemplateRenderer", "Owner's e-mail")},
    {"sender_name", QT_TRANSLATE_NOOP("Nurture::TemplateRenderer", "Sender's name")},
    {"sender_address", QT_TRANSLATE_NOOP("Nurture::TemplateRenderer", "Sender's postal address")},
    {"unsubscribe_url", QT_TRANSLATE_NOOP("Nurture::TemplateRenderer", "Unsubscribe link")},
};

bool knownField(const QString &key)
{
    for (const FieldInfo &f : fieldTable) {
        if (key == QLatin1StringView(f.key))
            return true;
    }
    return false;
}

// Walks the {{ ... }} of a text: calls onField(key, fallback, start, end) for each, onError(position,
// message) for an unclosed one.
template<typename Field, typename Error>
void scan(const QString &text, Field onField, Error onError)
{
    qsizetype pos = 0;
    while (true) {
        const qsizetype open = text.indexOf(u"{{"_s, pos);
        if (open < 0)
            return;
        const qsizetype close = text.indexOf(u"}}"_s, open + 2);
        const qsizetype nextOpen = text.indexOf(u"{{"_s, open + 2);
        if (close < 0 || (nextOpen >= 0 && nextOpen < close)) {
            onError(open, TemplateRenderer::tr("\"{{\" is not closed by \"}}\""));
            pos = open + 2;
            continue;
        }
        const QString inner = text.mid(open + 2, close - open - 2);
        const qsizetype bar = inner.indexOf(u'|');
        const QString key = (bar < 0 ? inner : inner.left(bar)).trimmed().toLower();
        const QString fallback = bar < 0 ? QString() : inner.mid(bar + 1).trimmed();
        onField(key, fallback, open, close + 2);
        pos = close + 2;
    }
}

int lineAt(const QString &text, qsizetype position)
{
    return int(QStringView(text).left(position).count(u'\n')) + 1;
}

void checkPart(const QString &part, const QString &text, QList<TemplateProblem> &problems)
{
    scan(
        text,
        [&](const QString &key, const QString &, qsizetype start, qsizetype) {
            if (!knownField(key))
                problems << TemplateProblem{part, lineAt(text, start),
                                            TemplateRenderer::tr("unknown merge field {{%1}} (known: %2)")
                                                .arg(key, TemplateRenderer::fields().join(u", "_s))};
        },
        [&](qsizetype position, const QString &message) {
            problems << TemplateProblem{part, lineAt(text, position), message};
        });
}

QString footerHtml(const QString &footer, const MergeValues &values)
{
    // The footer is the sender's plain text: escaped, line breaks kept, the unsubscribe link clickable.
    const QString url = values.value(u"unsubscribe_url"_s);
    QString merged = TemplateRenderer::merge(footer, values, false);
    QString html = TemplateRenderer::escapeHtml(merged);
    if (!url.isEmpty()) {
        const QString escaped = TemplateRenderer::escapeHtml(url);
        html.replace(escaped, u"<a href=\""_s + escaped + u"\">"_s + escaped + u"</a>"_s);
    }
    html.replace(u'\n', u"<br>"_s);
    return u"<div style=\"margin-top:24px;padding-top:8px;border-top:1px solid #ccc;color:#666;font-size:12px\">"_s
        + html + u"</div>"_s;
}

} // namespace

QStringList TemplateRenderer::fields()
{
    QStringList list;
    for (const FieldInfo &f : fieldTable)
        list << QString::fromLatin1(f.key);
    return list;
}

QString TemplateRenderer::fieldLabel(const QString &key)
{
    for (const FieldInfo &f : fieldTable) {
        if (key == QLatin1StringView(f.key))
            return QCoreApplication::translate("Nurture::TemplateRenderer", f.label);
    }
    return key;
}

QString TemplateRenderer::defaultFooter()
{
    return tr("You receive this e-mail from {{sender_name}} because you agreed to hear from us.\n"
              "To stop receiving these e-mails, unsubscribe here: {{unsubscribe_url}}\n"
              "{{sender_address}}");
}

QList<TemplateProblem> TemplateRenderer::check(const EmailTemplate &t)
{
    QList<TemplateProblem> problems;
    if (t.name.trimmed().isEmpty())
        problems << TemplateProblem{u"name"_s, 0, tr("the template needs a name")};
    if (t.subject.trimmed().isEmpty())
        problems << TemplateProblem{u"subject"_s, 0, tr("the subject is empty")};
    if (t.text.trimmed().isEmpty())
        problems << TemplateProblem{u"text"_s, 0, tr("the plain-text body is empty (every e-mail has one, for the "
                                                    "readers who do not show HTML)")};
    checkPart(u"subject"_s, t.subject, problems);
    checkPart(u"text"_s, t.text, problems);
    checkPart(u"html"_s, t.html, problems);
    return problems;
}

QList<TemplateProblem> TemplateRenderer::checkFooter(const QString &footer)
{
    QList<TemplateProblem> problems;
    checkPart(u"footer"_s, footer, problems);
    return problems;
}

QString TemplateRenderer::escapeHtml(const QString &text)
{
    return text.toHtmlEscaped();
}

QString TemplateRenderer::merge(const QString &text, const MergeValues &values, bool html)
{
    QString out;
    out.reserve(text.size() + 64);
    qsizetype copied = 0;
    scan(
        text,
        [&](const QString &key, const QString &fallback, qsizetype start, qsizetype end) {
            out += QStringView(text).mid(copied, start - copied);
            QString value = values.value(key).trimmed();
            if (value.isEmpty())
                value = fallback;
            out += html ? escapeHtml(value) : value;
            copied = end;
        },
        [](qsizetype, const QString &) {});
    out += QStringView(text).mid(copied);
    return out;
}

RenderedEmail TemplateRenderer::render(const EmailTemplate &t, const MergeValues &values, const QString &footerText)
{
    RenderedEmail r;
    r.subject = merge(t.subject, values, false).simplified();
    QString footer = footerText.trimmed().isEmpty() ? defaultFooter() : footerText;
    if (!footer.contains(u"{{unsubscribe_url"_s))
        footer += u"\n"_s + tr("Unsubscribe: {{unsubscribe_url}}");
    const QString footerPlain = merge(footer, values, false).trimmed();
    r.text = merge(t.text, values, false).trimmed() + u"\n\n-- \n"_s + footerPlain + u'\n';
    if (!t.html.trimmed().isEmpty()) {
        QString body = merge(t.html, values, true);
        const QString foot = footerHtml(footer.trimmed(), values);
        static const QRegularExpression bodyEnd(u"</body\\s*>"_s, QRegularExpression::CaseInsensitiveOption);
        const QRegularExpressionMatch m = bodyEnd.match(body);
        if (m.hasMatch())
            body.insert(m.capturedStart(), foot);
        else
            body += foot;
        r.html = body;
    }
    return r;
}

} // namespace Nurture
