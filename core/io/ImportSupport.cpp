#include "ImportSupport.h"

#include "leads/LeadRepository.h"
#include "leads/LeadValidation.h"
#include "leads/TextKey.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/StorageError.h"
#include "storage/Transaction.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace ImportSupport {

QString cleanCell(const QString &cell)
{
    QString v = cell.trimmed();
    if (v.size() >= 2 && v.at(0) == u'\'') {
        const QChar c = v.at(1);
        if (c == u'=' || c == u'+' || c == u'-' || c == u'@')
            v.remove(0, 1);
    }
    return v;
}

QString phoneKey(const QString &phone)
{
    QString out;
    const QString p = phone.trimmed();
    out.reserve(p.size());
    for (const QChar c : p) {
        if (c == u' ' || c == u'-' || c == u'.' || c == u'(' || c == u')' || c == u'+' || c == u'/' || c == QChar(0xA0))
            continue;
        out += c;
    }
    return out;
}

const char *phoneExpression()
{
    // Exactly the expression of the leads_phone_digits index (schema v9).
    return "replace(replace(replace(replace(replace(replace(replace(replace(phone, ' ', ''), '-', ''), '.', ''), '(', ''),\n"
           "    ')', ''), '+', ''), '/', ''), char(160), '')";
}

Lead readLeadById(Database &db, qint64 id)
{
    if (std::optional<Lead> lead = LeadRepository::find(db, id))
        return *lead;
    throw StorageError(StorageError::Kind::Generic,
                       QCoreApplication::translate("LeadRepository", "Lead #%1 does not exist (it may have been deleted).")
                           .arg(id),
                       db.path());
}

void writeLead(Database &db, const Lead &lead)
{
    Query q(db, "UPDATE leads SET first_name = ?1, last_name = ?2, email = ?3, phone = ?4, job_title = ?5, company = ?6, "
                "industry = ?7, company_size = ?8, annual_revenue = ?9, country = ?10, region = ?11, city = ?12, "
                "source = ?13, campaign_id = ?14, lead_magnet = ?15, consent_at = ?16, consent_source = ?17, "
                "unsubscribed_at = ?18, stage = ?19, owner_id = ?21, notes = ?22, created_at = ?23, "
                "updated_at = ?24, name_key = ?25, company_key = ?26, email_key = ?27 WHERE id = ?28");
    LeadRepository::bindLeadColumns(q, lead, 1);
    q.bind(28, lead.id);
    q.exec();
}

int leadFlags(Database &db, qint64 id)
{
    return Query(db, "SELECT import_flags FROM leads WHERE id = ?", id).scalar().toInt();
}

namespace {

const char suspendedKey[] = "import.suspended_indexes";

} // namespace

void suspendLeadIndexes(Database &db)
{
    if (leadIndexesSuspended(db))
        return;
    Transaction tx(db);
    QJsonArray statements;
    QStringList drops;
    Query q(db, "SELECT type, name, sql FROM sqlite_schema WHERE sql IS NOT NULL AND "
                "((type = 'index' AND tbl_name IN ('leads', 'stage_history') "
                "  AND name NOT IN ('leads_email', 'leads_phone_digits', 'leads_name_company')) OR "
                "(type = 'trigger' AND tbl_name = 'leads' AND name IN ('leads_fts_insert', 'leads_fts_update')))");
    while (q.next()) {
        statements << QJsonObject{{u"name"_s, q.text(1)}, {u"sql"_s, q.text(2)}};
        drops << (q.text(0) == u"index"_s ? u"DROP INDEX "_s : u"DROP TRIGGER "_s) + u'"' + q.text(1) + u'"';
    }
    q.reset();
    Query(db, "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
          suspendedKey, QString::fromUtf8(QJsonDocument(statements).toJson(QJsonDocument::Compact)))
        .exec();
    for (const QString &drop : std::as_const(drops))
        db.exec(drop.toStdString());
    tx.commit();
}

bool leadIndexesSuspended(Database &db)
{
    return Query(db, "SELECT count(*) FROM meta WHERE key = ?", suspendedKey).scalar().toLongLong() > 0;
}

bool resumeLeadIndexes(Database &db)
{
    Query q(db, "SELECT value FROM meta WHERE key = ?", suspendedKey);
    if (!q.next())
        return false;
    const QJsonArray statements = QJsonDocument::fromJson(q.text(0).toUtf8()).array();
    q.reset();
    const qint64 cacheBefore = db.pragmaInt("cache_size");
    db.exec("PRAGMA cache_size = -65536");
    Transaction tx(db);
    for (const QJsonValue &statement : statements) {
        const QString sql = statement.toObject().value(u"sql"_s).toString();
        const QString name = statement.toObject().value(u"name"_s).toString();
        // An index or trigger that exists already (made again by hand) is left alone.
        if (Query(db, "SELECT count(*) FROM sqlite_schema WHERE name = ?", name).scalar().toLongLong() > 0)
            continue;
        db.exec(sql.toStdString());
    }
    db.exec("INSERT INTO leads_fts(leads_fts) VALUES ('rebuild')");
    Query(db, "DELETE FROM meta WHERE key = ?", suspendedKey).exec();
    tx.commit();
    db.exec("PRAGMA cache_size = " + std::to_string(cacheBefore));
    return true;
}

LeadMapper::LeadMapper(Database &db, const ColumnMapping &mapping)
{
    for (int i = 0; i < mapping.columnCount(); ++i) {
        if (!mapping.target(i).isEmpty())
            m_columns << Column{i, mapping.target(i), mapping.headers().at(i)};
    }
    // Dedicated first/last name columns win over a full name: the full name is applied last.
    std::stable_sort(m_columns.begin(), m_columns.end(), [](const Column &a, const Column &b) {
        return (a.target == u"full_name"_s) < (b.target == u"full_name"_s);
    });
    Query reps(db, "SELECT id, name, email FROM reps");
    while (reps.next()) {
        m_reps.insert(TextKey::fold(reps.text(1)), reps.int64(0));
        if (!reps.text(2).isEmpty())
            m_reps.insert(TextKey::normalizeEmail(reps.text(2)), reps.int64(0));
        m_repNames.insert(reps.int64(0), reps.text(1));
    }
    Query campaigns(db, "SELECT id, name FROM campaigns");
    while (campaigns.next()) {
        m_campaigns.insert(TextKey::fold(campaigns.text(1)), campaigns.int64(0));
        m_campaignNames.insert(campaigns.int64(0), campaigns.text(1));
    }
}

void LeadMapper::keep(MappedLead &m, const Column &column, const QString &value, const QString &why)
{
    m.notesAdded << column.header + u": "_s + value;
    Kept &k = m_kept[column.header];
    ++k.rows;
    k.why = why;
    if (k.examples.size() < 3 && !k.examples.contains(value))
        k.examples << value;
}

MappedLead LeadMapper::map(const QStringList &fields)
{
    MappedLead m;
    Lead &l = m.lead;
    auto set = [&](LeadField f, const QVariant &v) {
        l.setValue(f, v);
        if (!m.present.contains(f))
            m.present << f;
    };
    for (const Column &c : std::as_const(m_columns)) {
        const QString v = cleanCell(fields.value(c.index));
        if (v.isEmpty())
            continue;
        const QString &t = c.target;
        if (t == u"full_name"_s) {
            if (!l.firstName.isEmpty() || !l.lastName.isEmpty())
                continue;
            QString first, last;
            const QString name = v.simplified();
            if (const qsizetype comma = name.indexOf(u','); comma > 0) { // "Last, First"
                last = name.left(comma).trimmed();
                first = name.mid(comma + 1).trimmed();
            } else if (const qsizetype space = name.lastIndexOf(u' '); space > 0) {
                first = name.left(space);
                last = name.mid(space + 1);
            } else {
                last = name;
            }
            set(LeadField::FirstName, first);
            set(LeadField::LastName, last);
            continue;
        }
        const auto field = LeadFields::fromKey(t);
        if (!field)
            continue;
        switch (*field) {
        case LeadField::Email:
            set(*field, v);
            m.invalidEmail = !LeadValidation::checkEmail(v).isEmpty();
            break;
        case LeadField::Source:
            set(*field, ImportValues::source(v));
            break;
        case LeadField::Stage:
            if (const auto s = ImportValues::stage(v))
                set(*field, *s);
            else
                keep(m, c, v, tr("not a lifecycle stage"));
            break;
        case LeadField::OwnerId: {
            qint64 id = m_reps.value(TextKey::fold(v));
            if (!id)
                id = m_reps.value(TextKey::normalizeEmail(v));
            if (id)
                set(*field, id);
            else
                keep(m, c, v, tr("not a rep of this workspace"));
            break;
        }
        case LeadField::CampaignId: {
            const qint64 id = m_campaigns.value(TextKey::fold(v));
            if (id)
                set(*field, id);
            else
                keep(m, c, v, tr("not a campaign of this workspace"));
            break;
        }
        case LeadField::CompanySize:
        case LeadField::AnnualRevenue: {
            const auto n = ImportValues::number(v);
            if (n && *n >= 0)
                set(*field, *field == LeadField::CompanySize ? QVariant(qint64(std::llround(*n))) : QVariant(*n));
            else
                keep(m, c, v, tr("not a number"));
            break;
        }
        case LeadField::ConsentAt:
        case LeadField::UnsubscribedAt:
        case LeadField::CreatedAt: {
            std::optional<qint64> at = ImportValues::dateTime(v);
            if (!at && *field != LeadField::CreatedAt) {
                // "Opt-in: yes" means consent given, now.
                if (const auto b = ImportValues::boolean(v)) {
                    if (!*b)
                        continue;
                    at = QDateTime::currentMSecsSinceEpoch();
                }
            }
            if (at)
                set(*field, *at);
            else
                keep(m, c, v, tr("not a date"));
            break;
        }
        case LeadField::Score:
            if (const auto n = ImportValues::number(v))
                set(*field, int(std::lround(*n)));
            else
                keep(m, c, v, tr("not a number"));
            break;
        case LeadField::UpdatedAt:
            break;
        default:
            set(*field, v);
            break;
        }
    }
    if (!m.notesAdded.isEmpty()) {
        QString notes = l.notes;
        if (!notes.isEmpty())
            notes += u'\n';
        notes += m.notesAdded.join(u'\n');
        set(LeadField::Notes, notes);
    }
    if (l.firstName.isEmpty() && l.lastName.isEmpty() && l.email.isEmpty() && l.phone.isEmpty() && l.company.isEmpty())
        m.problem = tr("no name, e-mail, phone or company: nothing identifies the lead");
    return m;
}

QString LeadMapper::display(const MappedLead &m, const QString &target) const
{
    const Lead &l = m.lead;
    if (target == u"full_name"_s)
        return (l.firstName + u' ' + l.lastName).trimmed();
    const auto field = LeadFields::fromKey(target);
    if (!field || !m.present.contains(*field))
        return QString();
    switch (*field) {
    case LeadField::Stage:
        return Lifecycle::displayName(l.stage);
    case LeadField::Source:
        return LeadSources::displayName(l.source);
    case LeadField::OwnerId:
        return l.ownerId ? m_repNames.value(*l.ownerId) : QString();
    case LeadField::CampaignId:
        return l.campaignId ? m_campaignNames.value(*l.campaignId) : QString();
    case LeadField::ConsentAt:
    case LeadField::UnsubscribedAt:
    case LeadField::CreatedAt: {
        const QVariant v = l.value(*field);
        // As the person's locale writes dates: this is shown, not saved.
        return v.isNull() ? QString() : QLocale().toString(QDateTime::fromMSecsSinceEpoch(v.toLongLong()), QLocale::ShortFormat);
    }
    default: {
        const QVariant v = l.value(*field);
        switch (v.typeId()) {
        case QMetaType::Int:
        case QMetaType::LongLong:
            return QLocale().toString(v.toLongLong());
        case QMetaType::Double:
            return QLocale().toString(v.toDouble(), 'f', QLocale::FloatingPointShortest);
        default:
            return v.toString();
        }
    }
    }
}

QStringList LeadMapper::warnings() const
{
    QStringList list;
    for (auto it = m_kept.cbegin(); it != m_kept.cend(); ++it) {
        list << tr("%1: %n value(s) kept in the notes (%2), e.g. %3.", nullptr, int(it->rows))
                    .arg(it.key(), it->why, it->examples.join(u", "_s));
    }
    list.sort();
    return list;
}

} // namespace ImportSupport
