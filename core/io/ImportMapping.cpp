#include "ImportMapping.h"

#include "leads/Activity.h"
#include "leads/Lead.h"
#include "leads/LifecycleStage.h"
#include "leads/TextKey.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

struct Synonyms
{
    const char *target;
    int priority; // 0 first choice; 1 only when no column has the target at priority 0 (mobile vs phone)
    std::vector<const char *> names; // normalised: folded, letters and digits only
};

// Header names of HubSpot, Salesforce and Pipedrive exports, and of files in en, fr, pt, it and el.
const std::vector<Synonyms> &leadSynonyms()
{
    static const std::vector<Synonyms> list = {
        {"first_name", 0, {"firstname", "first", "givenname", "forename", "prenom", "primeironome", "nome", "ονομα",
                           "personfirstname", "contactfirstname", "leadfirstname", "nomeproprio", "nombre"}},
        {"last_name", 0, {"lastname", "surname", "familyname", "nom", "nomdefamille", "sobrenome", "apelido",
                          "ultimonome", "cognome", "επωνυμο", "personlastname", "contactlastname", "leadlastname",
                          "apellido", "apellidos"}},
        {"full_name", 0, {"name", "fullname", "contactname", "personname", "leadname", "contact", "nomcomplet",
                          "nomeprenom", "prenomnom", "nomecompleto", "nominativo", "ονοματεπωνυμο"}},
        {"email", 0, {"email", "emailaddress", "mail", "courriel", "adresseemail", "adressemail", "adressecourriel",
                      "email1", "primaryemail", "emailprincipal", "enderecodeemail", "enderecoemail", "indirizzoemail",
                      "postaelettronica", "ηλεκτρονικοταχυδρομειο", "ηλεκτρονικηδιευθυνση", "διευθυνσηemail",
                      "personemail", "personemailwork", "emailwork", "workemail", "correoelectronico"}},
        {"phone", 0, {"phone", "phonenumber", "telephone", "tel", "telefone", "telefono", "τηλεφωνο", "personphone",
                      "personphonework", "phonework", "workphone", "businessphone", "numerodetelephone",
                      "numerodetelefone", "numeroditelefono", "phone1", "αριθμοςτηλεφωνου"}},
        {"phone", 1, {"mobile", "mobilephone", "mobilephonenumber", "cellphone", "cell", "portable", "celular",
                      "telemovel", "cellulare", "κινητο", "κινητοτηλεφωνο", "personphonemobile", "phonemobile"}},
        {"job_title", 0, {"jobtitle", "title", "position", "role", "fonction", "poste", "intituledeposte", "cargo",
                          "funcao", "ruolo", "qualifica", "posizione", "mansione", "θεση", "τιτλος", "ιδιοτητα",
                          "personjobtitle", "puesto"}},
        {"company", 0, {"company", "companyname", "account", "accountname", "organization", "organisation",
                        "organizationname", "organisationname", "personorganization", "org", "entreprise", "societe",
                        "nomdelentreprise", "raisonsociale", "empresa", "nomedaempresa", "organizacao", "azienda",
                        "societa", "ragionesociale", "εταιρεια", "επωνυμιαεταιρειας", "επιχειρηση", "οργανισμος"}},
        {"industry", 0, {"industry", "sector", "secteur", "secteurdactivite", "setor", "ramo", "ramodeatividade",
                         "settore", "κλαδος", "τομεας"}},
        {"company_size", 0, {"numberofemployees", "employees", "noofemployees", "companysize", "headcount", "size",
                             "effectif", "effectifs", "nombredesalaries", "numerodefuncionarios", "funcionarios",
                             "dipendenti", "numerodidipendenti", "εργαζομενοι", "αριθμοςεργαζομενων", "προσωπικο"}},
        {"annual_revenue", 0, {"annualrevenue", "revenue", "turnover", "chiffredaffaires", "chiffredaffairesannuel",
                               "receitaanual", "faturamento", "faturamentoanual", "receita", "fatturato",
                               "fatturatoannuo", "ricavi", "κυκλοςεργασιων", "ετησιακυκλοςεργασιων", "εσοδα", "τζιρος"}},
        {"country", 0, {"country", "countryregion", "countryname", "mailingcountry", "pays", "pais", "paese", "nazione",
                        "χωρα"}},
        {"region", 0, {"stateregion", "state", "region", "province", "stateprovince", "county", "mailingstate",
                       "departement", "estado", "regiao", "distrito", "regione", "provincia", "περιοχη", "νομος",
                       "περιφερεια"}},
        {"city", 0, {"city", "town", "mailingcity", "ville", "commune", "cidade", "municipio", "citta", "comune",
                     "localita", "πολη"}},
        {"source", 0, {"source", "leadsource", "originalsource", "sourcetype", "origin", "channel", "canal", "origine",
                       "provenance", "origem", "fonte", "canale", "provenienza", "πηγη", "προελευση", "καναλι"}},
        {"stage", 0, {"lifecyclestage", "stage", "lifecycle", "leadstage", "etapeducycledevie", "cycledevie",
                      "etapedecycledevie", "fasedociclodevida", "estagiodociclodevida", "estagio", "etapa",
                      "fasedelciclodivita", "fase", "σταδιο", "σταδιοκυκλουζωης"}},
        {"owner_id", 0, {"contactowner", "owner", "leadowner", "hubspotowner", "personowner", "assignedto",
                         "salesrep", "proprietaire", "responsable", "commercial", "proprietario", "responsavel",
                         "vendedor", "responsabile", "assegnatoa", "υπευθυνος", "ιδιοκτητης"}},
        {"campaign_id", 0, {"campaign", "campaignname", "campagne", "campanha", "campagna", "καμπανια"}},
        {"lead_magnet", 0, {"leadmagnet", "recentconversion", "firstconversion", "content", "contenu", "conteudo",
                            "contenuto", "περιεχομενο"}},
        {"consent_at", 0, {"consentdate", "optindate", "optin", "consentement", "datedeconsentement",
                           "consentimento", "dataconsentimento", "consenso", "dataconsenso", "συγκαταθεση"}},
        {"consent_source", 0, {"consentsource", "optinsource", "sourceduconsentement"}},
        {"unsubscribed_at", 0, {"unsubscribeddate", "unsubscribedate", "optoutdate", "datededesinscription",
                                "datadescadastro", "datadisiscrizione", "ημερομηνιαδιαγραφης"}},
        {"notes", 0, {"notes", "note", "description", "message", "comments", "comment", "remarks", "notas",
                      "observacoes", "observacao", "mensagem", "commentaire", "commentaires", "remarques", "commento",
                      "messaggio", "descrizione", "σημειωσεις", "σχολια", "μηνυμα", "περιγραφη"}},
        {"created_at", 0, {"createdate", "createddate", "created", "dateadded", "addtime", "personaddtime",
                           "creationdate", "datedecreation", "datecreation", "datadecriacao", "datacriacao",
                           "datadicreazione", "datacreazione", "ημερομηνιαδημιουργιας"}},
    };
    return list;
}

const std::vector<Synonyms> &activitySynonyms()
{
    static const std::vector<Synonyms> list = {
        {"email", 0, {"email", "emailaddress", "mail", "courriel", "adresseemail", "recipient", "recipientemail",
                      "contactemail", "destinataire", "destinatario", "indirizzoemail", "παραληπτης", "attendeeemail",
                      "visitoremail", "ηλεκτρονικοταχυδρομειο"}},
        {"lead_id", 0, {"leadid", "contactid", "leadbenchid"}},
        {"type", 0, {"type", "activitytype", "event", "eventtype", "action", "activity", "tipo", "evenement",
                     "typedevenement", "evento", "tipodievento", "τυπος", "ενεργεια", "συμβαν"}},
        {"occurred_at", 0, {"date", "time", "timestamp", "occurredat", "datetime", "eventdate", "eventtime", "when",
                            "data", "heure", "hora", "ora", "dataehora", "ημερομηνια", "ωρα", "attendedat",
                            "jointime", "visitedat", "openedat", "clickedat"}},
        {"detail", 0, {"detail", "details", "subject", "url", "page", "pageurl", "title", "sujet", "objet", "assunto",
                       "oggetto", "θεμα", "webinar", "description", "link", "lien", "emailname"}},
    };
    return list;
}

const std::vector<Synonyms> &campaignSynonyms()
{
    static const std::vector<Synonyms> list = {
        {"date", 0, {"date", "day", "reportingstarts", "jour", "data", "dia", "giorno", "ημερομηνια", "ημερα"}},
        {"campaign", 0, {"campaign", "campaignname", "campagne", "campanha", "campagna", "καμπανια", "adcampaign"}},
        {"cost", 0, {"cost", "spend", "amountspent", "amountspenteur", "amountspentusd", "costeur", "cout", "depense",
                     "depenses", "custo", "gasto", "costo", "spesa", "κοστος", "δαπανη"}},
        {"visitors", 0, {"visitors", "visits", "sessions", "users", "visiteurs", "visites", "visitantes", "visitas",
                         "visitatori", "visite", "επισκεπτες", "επισκεψεις"}},
        {"clicks", 0, {"clicks", "linkclicks", "clics", "cliques", "clic", "κλικ"}},
        {"channel", 0, {"channel", "source", "network", "platform", "canal", "canale", "plateforme", "καναλι"}},
    };
    return list;
}

const std::vector<Synonyms> &dealSynonyms()
{
    static const std::vector<Synonyms> list = {
        {"title", 0, {"title", "dealname", "deal", "name", "opportunityname", "opportunity", "dealtitle", "titre",
                      "nomdelaffaire", "affaire", "titulo", "negocio", "nomedonegocio", "titolo", "trattativa",
                      "opportunita", "τιτλος", "ευκαιρια", "συμφωνια"}},
        {"email", 0, {"email", "contactemail", "personemail", "emailaddress", "mail", "courriel", "ηλεκτρονικοταχυδρομειο"}},
        {"company", 0, {"company", "companyname", "account", "accountname", "organization", "organisation",
                        "entreprise", "societe", "empresa", "azienda", "εταιρεια"}},
        {"amount", 0, {"amount", "value", "dealvalue", "dealamount", "montant", "valeur", "valor", "importo",
                       "valore", "ποσο", "αξια"}},
        {"currency", 0, {"currency", "dealcurrency", "devise", "moeda", "valuta", "νομισμα"}},
        {"stage", 0, {"stage", "dealstage", "pipelinestage", "etape", "etapa", "estagio", "fase", "σταδιο"}},
        {"status", 0, {"status", "outcome", "wonlost", "result", "statut", "resultat", "situacao", "stato", "esito",
                       "κατασταση", "αποτελεσμα"}},
        {"created_at", 0, {"createdate", "createddate", "created", "dealcreated", "addtime", "datedecreation",
                           "datadecriacao", "datadicreazione", "ημερομηνιαδημιουργιας"}},
        {"close_date", 0, {"closedate", "expectedclosedate", "closed", "closedat", "wontime", "losttime",
                           "datedecloture", "datadefechamento", "datadichiusura", "ημερομηνιακλεισιματος"}},
        {"gross_margin", 0, {"grossmargin", "margin", "margebrute", "marge", "margembruta", "margem",
                             "marginelordo", "margine", "μικτοπεριθωριο", "περιθωριο"}},
        {"close_reason", 0, {"closereason", "lostreason", "closedlostreason", "motif", "motivo", "αιτια"}},
    };
    return list;
}

const std::vector<Synonyms> &synonyms(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Leads: return leadSynonyms();
    case ImportKind::Activities: return activitySynonyms();
    case ImportKind::Campaigns: return campaignSynonyms();
    case ImportKind::Deals: return dealSynonyms();
    }
    return leadSynonyms();
}

struct Match
{
    QString target;
    int priority = -1;
};

Match match(ImportKind kind, const QString &header)
{
    const QString n = ColumnMapping::normalizeHeader(header);
    if (n.isEmpty())
        return {};
    // The table's names folded the same way as headers (Greek final sigma folds to sigma); built once.
    static const QHash<int, QHash<QString, Match>> tables = [] {
        QHash<int, QHash<QString, Match>> all;
        for (ImportKind k : {ImportKind::Leads, ImportKind::Activities, ImportKind::Campaigns, ImportKind::Deals}) {
            QHash<QString, Match> names;
            for (const Synonyms &s : synonyms(k)) {
                for (const char *name : s.names) {
                    const QString key = ColumnMapping::normalizeHeader(QString::fromUtf8(name));
                    if (!names.contains(key))
                        names.insert(key, {QString::fromLatin1(s.target), s.priority});
                }
            }
            all.insert(int(k), names);
        }
        return all;
    }();
    const auto table = tables.constFind(int(kind));
    return table->value(n);
}

template<typename T>
QHash<QString, T> folded(const QHash<QString, T> &values)
{
    QHash<QString, T> out;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        out.insert(ColumnMapping::normalizeHeader(it.key()), it.value());
    return out;
}

} // namespace

namespace ImportKinds {

QString key(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Leads: return u"leads"_s;
    case ImportKind::Activities: return u"activities"_s;
    case ImportKind::Campaigns: return u"campaigns"_s;
    case ImportKind::Deals: return u"deals"_s;
    }
    return u"leads"_s;
}

std::optional<ImportKind> fromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    if (k == u"leads"_s || k == u"lead"_s || k == u"contacts"_s)
        return ImportKind::Leads;
    if (k == u"activities"_s || k == u"activity"_s)
        return ImportKind::Activities;
    if (k == u"campaigns"_s || k == u"campaign"_s || k == u"costs"_s)
        return ImportKind::Campaigns;
    if (k == u"deals"_s || k == u"deal"_s)
        return ImportKind::Deals;
    return std::nullopt;
}

QString displayName(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Leads: return QCoreApplication::translate("ImportKind", "Leads");
    case ImportKind::Activities: return QCoreApplication::translate("ImportKind", "Activities (opens, clicks, visits, attendance)");
    case ImportKind::Campaigns: return QCoreApplication::translate("ImportKind", "Campaign costs and visitors");
    case ImportKind::Deals: return QCoreApplication::translate("ImportKind", "Deals");
    }
    return QString();
}

} // namespace ImportKinds

ColumnMapping::ColumnMapping(ImportKind kind, const QStringList &headers)
    : m_kind(kind)
    , m_headers(headers)
{
    for (qsizetype i = 0; i < headers.size(); ++i)
        m_targets << QString();
}

QString ColumnMapping::normalizeHeader(const QString &header)
{
    const QString folded = TextKey::fold(header);
    QString out;
    out.reserve(folded.size());
    for (const QChar c : folded) {
        if (c.isLetterOrNumber())
            out += c;
    }
    return out;
}

QString ColumnMapping::suggest(ImportKind kind, const QString &header)
{
    return match(kind, header).target;
}

ColumnMapping ColumnMapping::automatic(ImportKind kind, const QStringList &headers)
{
    ColumnMapping m(kind, headers);
    QList<Match> matches;
    for (const QString &h : headers)
        matches << match(kind, h);
    // First choices first, in column order; a target goes to one column only.
    for (int pass = 0; pass <= 1; ++pass) {
        for (qsizetype i = 0; i < headers.size(); ++i) {
            const Match &mt = matches.at(i);
            if (mt.priority != pass || mt.target.isEmpty() || m.isMapped(mt.target))
                continue;
            m.m_targets[i] = mt.target;
        }
    }
    if (kind == ImportKind::Leads) {
        // "Nome" alone (pt, it) or "Nom" alone (fr) holds the whole name; with its partner column it is one
        // half of it.
        const int first = m.column(u"first_name"_s);
        const int last = m.column(u"last_name"_s);
        if (!m.isMapped(u"full_name"_s)) {
            if (first >= 0 && last < 0)
                m.m_targets[first] = u"full_name"_s;
            else if (last >= 0 && first < 0)
                m.m_targets[last] = u"full_name"_s;
        }
        // A full name next to first and last names is redundant: the parts win.
        const int full = m.column(u"full_name"_s);
        if (full >= 0 && m.isMapped(u"first_name"_s) && m.isMapped(u"last_name"_s))
            m.m_targets[full].clear();
    }
    return m;
}

QList<ImportTarget> ColumnMapping::targets(ImportKind kind)
{
    QList<ImportTarget> list;
    switch (kind) {
    case ImportKind::Leads:
        for (const LeadFields::Info &info : LeadFields::all()) {
            if (info.field == LeadField::UpdatedAt || info.field == LeadField::Score)
                continue;
            list << ImportTarget{QString::fromLatin1(info.key), LeadFields::label(info.field)};
            if (info.field == LeadField::LastName)
                list << ImportTarget{u"full_name"_s, tr("Full name (first and last)")};
        }
        break;
    case ImportKind::Activities:
        list << ImportTarget{u"email"_s, tr("Lead e-mail")} << ImportTarget{u"lead_id"_s, tr("Lead id")}
             << ImportTarget{u"type"_s, tr("Activity type")} << ImportTarget{u"occurred_at"_s, tr("Date and time")}
             << ImportTarget{u"detail"_s, tr("Detail (subject, page, webinar)")};
        break;
    case ImportKind::Campaigns:
        list << ImportTarget{u"date"_s, tr("Date")} << ImportTarget{u"campaign"_s, tr("Campaign")}
             << ImportTarget{u"cost"_s, tr("Cost")} << ImportTarget{u"visitors"_s, tr("Visitors")}
             << ImportTarget{u"clicks"_s, tr("Clicks")} << ImportTarget{u"channel"_s, tr("Channel")};
        break;
    case ImportKind::Deals:
        list << ImportTarget{u"title"_s, tr("Deal title")} << ImportTarget{u"email"_s, tr("Contact e-mail")}
             << ImportTarget{u"company"_s, tr("Company")} << ImportTarget{u"amount"_s, tr("Amount")}
             << ImportTarget{u"currency"_s, tr("Currency")} << ImportTarget{u"stage"_s, tr("Pipeline stage")}
             << ImportTarget{u"status"_s, tr("Won / lost")} << ImportTarget{u"created_at"_s, tr("Created")}
             << ImportTarget{u"close_date"_s, tr("Close date")} << ImportTarget{u"gross_margin"_s, tr("Gross margin")}
             << ImportTarget{u"close_reason"_s, tr("Close reason")};
        break;
    }
    return list;
}

QString ColumnMapping::targetLabel(ImportKind kind, const QString &key)
{
    if (key.isEmpty())
        return tr("Do not import");
    for (const ImportTarget &t : targets(kind)) {
        if (t.key == key)
            return t.label;
    }
    return key;
}

void ColumnMapping::setTarget(int column, const QString &key)
{
    if (column < 0 || column >= m_targets.size())
        return;
    // One column per target: the one chosen last wins.
    if (!key.isEmpty()) {
        for (QString &t : m_targets) {
            if (t == key)
                t.clear();
        }
    }
    m_targets[column] = key;
}

int ColumnMapping::column(const QString &key) const
{
    return int(m_targets.indexOf(key));
}

QStringList ColumnMapping::mappedTargets() const
{
    QStringList list;
    for (const QString &t : m_targets) {
        if (!t.isEmpty())
            list << t;
    }
    return list;
}

void ColumnMapping::apply(const ColumnMapping &saved)
{
    if (saved.m_kind != m_kind)
        return;
    for (QString &t : m_targets)
        t.clear();
    const bool sameLayout = saved.m_headers.size() == m_headers.size();
    for (qsizetype i = 0; i < m_headers.size(); ++i) {
        qsizetype j = saved.m_headers.indexOf(m_headers.at(i));
        if (j < 0) {
            const QString n = normalizeHeader(m_headers.at(i));
            for (qsizetype k = 0; k < saved.m_headers.size(); ++k) {
                if (normalizeHeader(saved.m_headers.at(k)) == n) {
                    j = k;
                    break;
                }
            }
        }
        if (j < 0 && sameLayout)
            j = i;
        if (j >= 0 && j < saved.m_targets.size())
            setTarget(int(i), saved.m_targets.at(j));
    }
}

QJsonObject ColumnMapping::toJson() const
{
    QJsonObject o;
    o[u"kind"_s] = ImportKinds::key(m_kind);
    QJsonArray columns;
    for (qsizetype i = 0; i < m_headers.size(); ++i) {
        QJsonObject c;
        c[u"header"_s] = m_headers.at(i);
        c[u"target"_s] = m_targets.value(i);
        columns << c;
    }
    o[u"columns"_s] = columns;
    return o;
}

ColumnMapping ColumnMapping::fromJson(const QJsonObject &json)
{
    ColumnMapping m;
    m.m_kind = ImportKinds::fromKey(json.value(u"kind"_s).toString()).value_or(ImportKind::Leads);
    for (const QJsonValue &v : json.value(u"columns"_s).toArray()) {
        m.m_headers << v.toObject().value(u"header"_s).toString();
        m.m_targets << v.toObject().value(u"target"_s).toString();
    }
    return m;
}

namespace ImportValues {

namespace {

QString compact(const QString &text)
{
    return ColumnMapping::normalizeHeader(text);
}

QStringList foldedList(const QStringList &list)
{
    QStringList out;
    for (const QString &s : list)
        out << compact(s);
    return out;
}

} // namespace

std::optional<int> stage(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    if (const auto s = Lifecycle::fromKey(t))
        return int(*s);
    static const QHash<QString, Stage> values = folded(QHash<QString, Stage>{
        // HubSpot internal values and labels
        {u"subscriber"_s, Stage::Subscriber}, {u"lead"_s, Stage::Lead},
        {u"marketingqualifiedlead"_s, Stage::MQL}, {u"salesqualifiedlead"_s, Stage::SQL},
        {u"opportunity"_s, Stage::Opportunity}, {u"customer"_s, Stage::Customer},
        {u"evangelist"_s, Stage::Customer}, {u"other"_s, Stage::Lead},
        {u"mql"_s, Stage::MQL}, {u"sql"_s, Stage::SQL}, {u"nurturing"_s, Stage::Nurturing},
        {u"nurture"_s, Stage::Nurturing}, {u"disqualified"_s, Stage::Disqualified}, {u"unqualified"_s, Stage::Disqualified},
        {u"recycled"_s, Stage::Nurturing},
        // Salesforce lead statuses
        {u"opennotcontacted"_s, Stage::Lead}, {u"workingcontacted"_s, Stage::Lead},
        {u"closedconverted"_s, Stage::Customer}, {u"closednotconverted"_s, Stage::Disqualified},
        {u"qualified"_s, Stage::SQL}, {u"new"_s, Stage::Lead}, {u"open"_s, Stage::Lead},
        // French
        {u"abonne"_s, Stage::Subscriber}, {u"prospect"_s, Stage::Lead}, {u"opportunite"_s, Stage::Opportunity},
        {u"client"_s, Stage::Customer}, {u"disqualifie"_s, Stage::Disqualified}, {u"enmaturation"_s, Stage::Nurturing},
        {u"maturation"_s, Stage::Nurturing}, {u"leadqualifiemarketing"_s, Stage::MQL},
        {u"leadqualifieventes"_s, Stage::SQL}, {u"leadqualifiecommercial"_s, Stage::SQL},
        // Portuguese
        {u"assinante"_s, Stage::Subscriber}, {u"oportunidade"_s, Stage::Opportunity}, {u"cliente"_s, Stage::Customer},
        {u"desqualificado"_s, Stage::Disqualified}, {u"nutricao"_s, Stage::Nurturing}, {u"emnutricao"_s, Stage::Nurturing},
        {u"leadqualificadoparamarketing"_s, Stage::MQL}, {u"leadqualificadoparavendas"_s, Stage::SQL},
        // Italian
        {u"iscritto"_s, Stage::Subscriber}, {u"opportunita"_s, Stage::Opportunity},
        {u"squalificato"_s, Stage::Disqualified}, {u"nurturing"_s, Stage::Nurturing}, {u"contatto"_s, Stage::Lead},
        // Greek
        {u"συνδρομητης"_s, Stage::Subscriber}, {u"δυνητικοςπελατης"_s, Stage::Lead}, {u"ευκαιρια"_s, Stage::Opportunity},
        {u"πελατης"_s, Stage::Customer}, {u"απορριφθηκε"_s, Stage::Disqualified}, {u"ακαταλληλος"_s, Stage::Disqualified},
        {u"καλλιεργεια"_s, Stage::Nurturing},
    });
    const auto it = values.constFind(compact(t));
    if (it != values.constEnd())
        return int(*it);
    return std::nullopt;
}

QString source(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return t;
    if (LeadSources::keys().contains(t))
        return t;
    static const QHash<QString, QString> values = folded(QHash<QString, QString>{
        // HubSpot original source (internal values and labels)
        {u"organicsearch"_s, u"seo"_s}, {u"paidsearch"_s, u"paid_search"_s}, {u"emailmarketing"_s, u"emailing"_s},
        {u"socialmedia"_s, u"social"_s}, {u"organicsocial"_s, u"social"_s}, {u"paidsocial"_s, u"ads"_s},
        {u"referrals"_s, u"referral"_s}, {u"referral"_s, u"referral"_s}, {u"othercampaigns"_s, u"ads"_s},
        {u"displayads"_s, u"ads"_s}, {u"offline"_s, u"trade_show"_s}, {u"offlinesources"_s, u"trade_show"_s},
        // Salesforce lead sources
        {u"web"_s, u"landing_page"_s}, {u"webform"_s, u"landing_page"_s}, {u"phoneinquiry"_s, u"cold_call"_s},
        {u"partnerreferral"_s, u"referral"_s}, {u"purchasedlist"_s, u"purchased_list"_s},
        {u"tradeshow"_s, u"trade_show"_s}, {u"webinar"_s, u"webinar"_s}, {u"advertisement"_s, u"ads"_s},
        {u"employeereferral"_s, u"referral"_s}, {u"externalreferral"_s, u"referral"_s},
        {u"seminarinternal"_s, u"webinar"_s}, {u"coldcall"_s, u"cold_call"_s},
        // Plain words in the five languages
        {u"newsletter"_s, u"newsletter"_s}, {u"blog"_s, u"blog"_s}, {u"seo"_s, u"seo"_s},
        {u"social"_s, u"social"_s}, {u"linkedin"_s, u"social"_s}, {u"facebook"_s, u"social"_s},
        {u"googleads"_s, u"paid_search"_s}, {u"adwords"_s, u"paid_search"_s}, {u"sea"_s, u"paid_search"_s},
        {u"emailing"_s, u"emailing"_s}, {u"ebook"_s, u"content"_s}, {u"whitepaper"_s, u"content"_s},
        {u"livreblanc"_s, u"content"_s}, {u"salon"_s, u"trade_show"_s}, {u"evenement"_s, u"trade_show"_s},
        {u"fiera"_s, u"trade_show"_s}, {u"feira"_s, u"trade_show"_s}, {u"εκθεση"_s, u"trade_show"_s},
        {u"recommandation"_s, u"referral"_s}, {u"indicacao"_s, u"referral"_s}, {u"passaparola"_s, u"referral"_s},
        {u"συσταση"_s, u"referral"_s}, {u"prospection"_s, u"cold_call"_s}, {u"fichierachete"_s, u"purchased_list"_s},
        {u"landingpage"_s, u"landing_page"_s}, {u"formulaire"_s, u"landing_page"_s}, {u"formulario"_s, u"landing_page"_s},
        {u"modulo"_s, u"landing_page"_s},
    });
    const auto it = values.constFind(compact(t));
    return it != values.constEnd() ? *it : t;
}

std::optional<int> activityType(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    if (const auto a = ActivityTypes::fromKey(t))
        return int(*a);
    for (ActivityType a : ActivityTypes::all()) {
        if (t.compare(ActivityTypes::displayName(a), Qt::CaseInsensitive) == 0)
            return int(a);
    }
    static const QHash<QString, ActivityType> values = folded(QHash<QString, ActivityType>{
        {u"open"_s, ActivityType::EmailOpened}, {u"opened"_s, ActivityType::EmailOpened},
        {u"emailopen"_s, ActivityType::EmailOpened}, {u"emailopened"_s, ActivityType::EmailOpened},
        {u"ouverture"_s, ActivityType::EmailOpened}, {u"ouvert"_s, ActivityType::EmailOpened},
        {u"abertura"_s, ActivityType::EmailOpened}, {u"aberto"_s, ActivityType::EmailOpened},
        {u"apertura"_s, ActivityType::EmailOpened}, {u"aperto"_s, ActivityType::EmailOpened},
        {u"ανοιγμα"_s, ActivityType::EmailOpened},
        {u"click"_s, ActivityType::EmailClicked}, {u"clicked"_s, ActivityType::EmailClicked},
        {u"clic"_s, ActivityType::EmailClicked}, {u"clique"_s, ActivityType::EmailClicked},
        {u"κλικ"_s, ActivityType::EmailClicked}, {u"emailclicked"_s, ActivityType::EmailClicked},
        {u"reply"_s, ActivityType::EmailReplied}, {u"replied"_s, ActivityType::EmailReplied},
        {u"reponse"_s, ActivityType::EmailReplied}, {u"resposta"_s, ActivityType::EmailReplied},
        {u"risposta"_s, ActivityType::EmailReplied}, {u"απαντηση"_s, ActivityType::EmailReplied},
        {u"bounce"_s, ActivityType::EmailBounced}, {u"bounced"_s, ActivityType::EmailBounced},
        {u"hardbounce"_s, ActivityType::EmailBounced}, {u"softbounce"_s, ActivityType::EmailBounced},
        {u"sent"_s, ActivityType::EmailSent}, {u"delivered"_s, ActivityType::EmailSent},
        {u"envoye"_s, ActivityType::EmailSent}, {u"enviado"_s, ActivityType::EmailSent},
        {u"inviato"_s, ActivityType::EmailSent},
        {u"unsubscribe"_s, ActivityType::Unsubscribed}, {u"unsubscribed"_s, ActivityType::Unsubscribed},
        {u"desinscription"_s, ActivityType::Unsubscribed}, {u"desinscrit"_s, ActivityType::Unsubscribed},
        {u"descadastro"_s, ActivityType::Unsubscribed}, {u"disiscrizione"_s, ActivityType::Unsubscribed},
        {u"διαγραφη"_s, ActivityType::Unsubscribed},
        {u"subscribe"_s, ActivityType::Subscribed}, {u"subscribed"_s, ActivityType::Subscribed},
        {u"inscription"_s, ActivityType::Subscribed}, {u"inscricao"_s, ActivityType::Subscribed},
        {u"iscrizione"_s, ActivityType::Subscribed}, {u"εγγραφη"_s, ActivityType::Subscribed},
        {u"visit"_s, ActivityType::PageVisit}, {u"pageview"_s, ActivityType::PageVisit},
        {u"pagevisit"_s, ActivityType::PageVisit}, {u"visite"_s, ActivityType::PageVisit},
        {u"visita"_s, ActivityType::PageVisit}, {u"επισκεψη"_s, ActivityType::PageVisit},
        {u"attended"_s, ActivityType::WebinarAttended}, {u"webinar"_s, ActivityType::WebinarAttended},
        {u"attendee"_s, ActivityType::WebinarAttended}, {u"present"_s, ActivityType::WebinarAttended},
        {u"presente"_s, ActivityType::WebinarAttended}, {u"παρων"_s, ActivityType::WebinarAttended},
        {u"download"_s, ActivityType::ContentDownloaded}, {u"downloaded"_s, ActivityType::ContentDownloaded},
        {u"telechargement"_s, ActivityType::ContentDownloaded}, {u"download"_s, ActivityType::ContentDownloaded},
        {u"form"_s, ActivityType::FormSubmitted}, {u"formsubmission"_s, ActivityType::FormSubmitted},
        {u"submission"_s, ActivityType::FormSubmitted}, {u"formulaire"_s, ActivityType::FormSubmitted},
        {u"meeting"_s, ActivityType::MeetingBooked}, {u"meetingbooked"_s, ActivityType::MeetingBooked},
        {u"rendezvous"_s, ActivityType::MeetingBooked}, {u"reuniao"_s, ActivityType::MeetingBooked},
        {u"riunione"_s, ActivityType::MeetingBooked}, {u"συναντηση"_s, ActivityType::MeetingBooked},
        {u"call"_s, ActivityType::Call}, {u"appel"_s, ActivityType::Call}, {u"ligacao"_s, ActivityType::Call},
        {u"chiamata"_s, ActivityType::Call}, {u"κληση"_s, ActivityType::Call},
        {u"trial"_s, ActivityType::TrialStarted}, {u"freetrial"_s, ActivityType::TrialStarted},
        {u"scan"_s, ActivityType::Note}, {u"badgescan"_s, ActivityType::Note}, {u"note"_s, ActivityType::Note},
    });
    const auto it = values.constFind(compact(t));
    if (it != values.constEnd())
        return int(*it);
    return std::nullopt;
}

std::optional<double> number(const QString &text)
{
    QString t;
    t.reserve(text.size());
    double multiplier = 1;
    for (const QChar c : text) {
        if (c.isDigit() || c == u'.' || c == u',' || c == u'-')
            t += c;
        else if (c == u'k' || c == u'K')
            multiplier = 1e3;
        else if (c == u'M' && !t.isEmpty())
            multiplier = 1e6;
        else if (c.isSpace() || c == u'\'' || c == QChar(0x202F) || c == QChar(0xA0) || c.category() == QChar::Symbol_Currency
                 || c == u'+')
            continue;
        else if (c.isLetter()) {
            // "EUR", "USD": a currency code around the number
            continue;
        } else
            return std::nullopt;
    }
    if (t.isEmpty() || t == u"-"_s)
        return std::nullopt;
    const qsizetype lastDot = t.lastIndexOf(u'.');
    const qsizetype lastComma = t.lastIndexOf(u',');
    if (lastDot >= 0 && lastComma >= 0) {
        // Both: the last one is the decimal separator.
        const QChar thousands = lastDot > lastComma ? u',' : u'.';
        t.remove(thousands);
        t.replace(u',', u'.');
    } else if (lastComma >= 0) {
        // "1,234" and "1,234,567" group thousands; "12,5" is a decimal comma.
        const bool grouping = t.count(u',') > 1 || (t.size() - lastComma - 1 == 3 && lastComma > 0 && lastComma <= 3
                                                    && !t.startsWith(u'0'));
        if (grouping)
            t.remove(u',');
        else
            t.replace(u',', u'.');
    } else if (lastDot >= 0 && t.count(u'.') > 1) {
        t.remove(u'.'); // "1.234.567"
    }
    bool ok = false;
    const double v = t.toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return std::nullopt;
    return v * multiplier;
}

std::optional<qint64> dateTime(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    // Digit groups and what separates them.
    int parts[9] = {};
    int lengths[9] = {};
    int n = 0;
    bool inNumber = false;
    bool pm = false, am = false;
    bool zulu = false;
    int tzSign = 0, tzStart = -1;
    for (qsizetype i = 0; i < t.size(); ++i) {
        const QChar c = t.at(i);
        if (c.isDigit()) {
            if (!inNumber) {
                if (n == 9)
                    return std::nullopt;
                ++n;
                inNumber = true;
            }
            if (lengths[n - 1] >= 13)
                return std::nullopt;
            parts[n - 1] = lengths[n - 1] < 9 ? parts[n - 1] * 10 + c.digitValue() : parts[n - 1];
            ++lengths[n - 1];
        } else {
            inNumber = false;
            if ((c == u'+' || c == u'-') && n >= 5 && tzStart < 0) {
                tzSign = c == u'+' ? 1 : -1;
                tzStart = n;
            } else if (c == u'Z' && n >= 5) {
                zulu = true;
            } else if (c == u'P' || c == u'p') {
                pm = true;
            } else if (c == u'A' || c == u'a') {
                am = true;
            }
        }
    }
    if (n == 1 && (lengths[0] == 10 || lengths[0] == 13)) {
        bool ok = false;
        const qint64 v = t.toLongLong(&ok);
        if (ok)
            return lengths[0] == 13 ? v : v * 1000;
    }
    if (n < 3)
        return std::nullopt;
    int y, m, d;
    if (lengths[0] == 4) { // yyyy-MM-dd
        y = parts[0];
        m = parts[1];
        d = parts[2];
    } else if (lengths[2] == 4 || lengths[2] == 2) { // dd/MM/yyyy, or MM/dd/yyyy when the day cannot be first
        y = lengths[2] == 2 ? 2000 + parts[2] : parts[2];
        if (parts[0] <= 12 && parts[1] > 12) {
            m = parts[0];
            d = parts[1];
        } else {
            d = parts[0];
            m = parts[1];
        }
    } else {
        return std::nullopt;
    }
    const QDate date(y, m, d);
    if (!date.isValid())
        return std::nullopt;
    const int timeParts = tzStart >= 0 ? tzStart - 3 : n - 3;
    int hh = timeParts >= 1 ? parts[3] : 0;
    const int mm = timeParts >= 2 ? parts[4] : 0;
    const int ss = timeParts >= 3 ? parts[5] : 0;
    if (pm && hh < 12)
        hh += 12;
    if (am && hh == 12)
        hh = 0;
    const QTime time(hh, mm, ss);
    if (!time.isValid())
        return std::nullopt;
    if (zulu)
        return QDateTime(date, time, Qt::UTC).toMSecsSinceEpoch();
    if (tzStart >= 0) {
        int offsetMinutes = 0;
        if (lengths[tzStart] == 4)
            offsetMinutes = (parts[tzStart] / 100) * 60 + parts[tzStart] % 100;
        else
            offsetMinutes = parts[tzStart] * 60 + (tzStart + 1 < n ? parts[tzStart + 1] : 0);
        return QDateTime(date, time, Qt::UTC).toMSecsSinceEpoch() - qint64(tzSign) * offsetMinutes * 60000;
    }
    // Local time. The zone's offset is looked up once per hour of a day (conversions are slow and a file
    // holds few distinct hours).
    static thread_local QHash<qint64, qint64> offsets;
    const qint64 hourKey = date.toJulianDay() * 24 + hh;
    auto it = offsets.constFind(hourKey);
    if (it == offsets.constEnd()) {
        const QDateTime local(date, QTime(hh, 0), Qt::LocalTime);
        const qint64 offset = local.toMSecsSinceEpoch() - QDateTime(date, QTime(hh, 0), Qt::UTC).toMSecsSinceEpoch();
        if (offsets.size() > 100000)
            offsets.clear();
        it = offsets.insert(hourKey, offset);
    }
    return QDateTime(date, time, Qt::UTC).toMSecsSinceEpoch() + *it;
}

std::optional<bool> boolean(const QString &text)
{
    const QString t = compact(text);
    static const QStringList yes = foldedList({u"1"_s, u"true"_s, u"yes"_s, u"y"_s, u"x"_s, u"oui"_s, u"sim"_s, u"si"_s,
                                    u"ναι"_s, u"won"_s, u"vrai"_s, u"verdadeiro"_s, u"vero"_s});
    static const QStringList no = foldedList({u"0"_s, u"false"_s, u"no"_s, u"n"_s, u"non"_s, u"nao"_s, u"οχι"_s,
                                   u"faux"_s, u"falso"_s});
    if (yes.contains(t))
        return true;
    if (no.contains(t))
        return false;
    return std::nullopt;
}

} // namespace ImportValues
