#pragma once

#include "leads/LeadFilter.h"
#include "leads/LifecycleStage.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class Database;

// Writes leads to a file: all of them, those of a filter or segment, or a selection. CSV (UTF-8, an
// optional byte-order mark for spreadsheet programs, formula-like cells neutralised) or vCard 4.0.
// Written to a temporary file and renamed at the end: a failed or cancelled export leaves no partial file.
class LeadExporter
{
    Q_DECLARE_TR_FUNCTIONS(LeadExporter)
public:
    enum class Format { Csv, VCard };
    struct Options
    {
        Format format = Format::Csv;
        bool bom = false;
        char delimiter = ',';
        bool neutralizeFormulas = true;
    };
    struct Scope
    {
        enum class Kind { All, Filter, Ids };
        Kind kind = Kind::All;
        LeadFilter filter;
        QList<qint64> ids;
        static Scope all() { return Scope(); }
        static Scope of(const LeadFilter &filter)
        {
            Scope s;
            s.kind = Kind::Filter;
            s.filter = filter;
            return s;
        }
        static Scope of(const QList<qint64> &ids)
        {
            Scope s;
            s.kind = Kind::Ids;
            s.ids = ids;
            return s;
        }
    };
    using Progress = std::function<bool(qint64 written)>; // return false to cancel

    // Returns the number of leads written; throws StorageError (nothing is left at path then).
    static qint64 write(Database &db, const ScoreBands &bands, const QString &path, const Scope &scope,
                        const Options &options, const Progress &progress = {});
    // The CSV header: English names that the importer matches again.
    static QStringList csvHeader();
    static Format formatForPath(const QString &path);
};
