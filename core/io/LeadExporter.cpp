#include "LeadExporter.h"

#include "CsvWriter.h"
#include "VCard.h"

#include "leads/Lead.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/StorageError.h"
#include "storage/Transaction.h"

#include <QDateTime>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace {

const char columns[] = "id, first_name, last_name, email, phone, job_title, company, industry, company_size, "
                       "annual_revenue, country, region, city, source, campaign_id, lead_magnet, consent_at, "
                       "consent_source, unsubscribed_at, stage, "
                       "ifnull((SELECT score FROM lead_scores WHERE lead_id = leads.id), 0), owner_id, notes, "
                       "created_at, updated_at";

QString date(const Query &q, int column)
{
    if (q.isNull(column))
        return QString();
    return QDateTime::fromMSecsSinceEpoch(q.int64(column)).toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

} // namespace

QStringList LeadExporter::csvHeader()
{
    return {u"Leadbench ID"_s,   u"First name"_s,   u"Last name"_s,      u"E-mail"_s,       u"Phone"_s,
            u"Job title"_s,      u"Company"_s,      u"Industry"_s,       u"Company size"_s, u"Annual revenue"_s,
            u"Country"_s,        u"Region"_s,       u"City"_s,           u"Source"_s,       u"Campaign"_s,
            u"Lead magnet"_s,    u"Opt-in date"_s,  u"Opt-in source"_s,  u"Unsubscribed date"_s,
            u"Lifecycle stage"_s, u"Score"_s,       u"Owner"_s,          u"Notes"_s,        u"Created"_s,
            u"Updated"_s};
}

LeadExporter::Format LeadExporter::formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == u"vcf"_s || suffix == u"vcard"_s ? Format::VCard : Format::Csv;
}

qint64 LeadExporter::write(Database &db, const ScoreBands &bands, const QString &path, const Scope &scope,
                           const Options &options, const Progress &progress)
{
    QHash<qint64, QString> reps, campaigns;
    {
        Query q(db, "SELECT id, name FROM reps");
        while (q.next())
            reps.insert(q.int64(0), q.text(1));
        Query c(db, "SELECT id, name FROM campaigns");
        while (c.next())
            campaigns.insert(c.int64(0), c.text(1));
    }
    QByteArray where = "1";
    QVariantList params;
    if (scope.kind == Scope::Kind::Filter) {
        where = scope.filter.whereClause(bands, params);
    } else if (scope.kind == Scope::Kind::Ids) {
        QJsonArray ids;
        for (qint64 id : scope.ids)
            ids << id;
        where = "leads.id IN (SELECT value FROM json_each(?))";
        params << QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact));
    }

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw StorageError(StorageError::Kind::Generic, tr("Cannot write %1: %2").arg(path, file.errorString()), path);
    CsvWriter::Options csvOptions;
    csvOptions.delimiter = options.delimiter;
    csvOptions.bom = options.bom;
    csvOptions.neutralizeFormulas = options.neutralizeFormulas;
    CsvWriter csv(&file, csvOptions);
    if (options.format == Format::Csv)
        csv.writeRow(csvHeader());

    // One read transaction: a consistent snapshot while the GUI or an import keeps writing.
    Transaction tx(db, Transaction::Mode::Read);
    Query q(db, std::string("SELECT ") + columns + " FROM leads WHERE " + where.toStdString() + " ORDER BY leads.id");
    int i = 0;
    for (const QVariant &p : std::as_const(params))
        q.bind(++i, p);
    qint64 written = 0;
    while (q.next()) {
        if (options.format == Format::VCard) {
            Lead l;
            l.firstName = q.text(1);
            l.lastName = q.text(2);
            l.email = q.text(3);
            l.phone = q.text(4);
            l.jobTitle = q.text(5);
            l.company = q.text(6);
            l.country = q.text(10);
            l.region = q.text(11);
            l.city = q.text(12);
            l.notes = q.text(22);
            file.write(VCard::write(l));
        } else {
            const int stage = q.integer(19);
            csv.writeRow({QString::number(q.int64(0)), q.text(1), q.text(2), q.text(3), q.text(4), q.text(5), q.text(6),
                          q.text(7), q.isNull(8) ? QString() : QString::number(q.int64(8)),
                          q.isNull(9) ? QString() : QString::number(q.real(9), 'f', 2), q.text(10), q.text(11),
                          q.text(12), q.text(13), q.isNull(14) ? QString() : campaigns.value(q.int64(14)), q.text(15),
                          date(q, 16), q.text(17), date(q, 18),
                          Lifecycle::isValid(stage) ? Lifecycle::key(Stage(stage)) : QString(),
                          QString::number(q.integer(20)), q.isNull(21) ? QString() : reps.value(q.int64(21)), q.text(22),
                          date(q, 23), date(q, 24)});
        }
        ++written;
        if (progress && written % 10000 == 0 && !progress(written)) {
            file.cancelWriting();
            throw StorageError(StorageError::Kind::Cancelled, tr("The export was cancelled; no file was written."), path);
        }
    }
    tx.commit();
    if (csv.hasError() || !file.commit())
        throw StorageError(StorageError::Kind::Generic, tr("Cannot write %1: %2").arg(path, file.errorString()), path);
    if (progress)
        progress(written);
    return written;
}
