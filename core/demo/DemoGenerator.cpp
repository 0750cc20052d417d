#include "DemoGenerator.h"

#include "leads/Activity.h"
#include "leads/Lead.h"
#include "leads/LeadRepository.h"
#include "leads/TextKey.h"
#include "scoring/Rescorer.h"
#include "scoring/RuleSet.h"
#include "scoring/ScoreEngine.h"
#include "scoring/ScoringService.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/Transaction.h"

#include <QDateTime>
#include <QHash>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <random>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 DayMs = 24LL * 3600 * 1000;
constexpr int BatchLeads = 5000;

struct Place
{
    const char *country;
    const char *region;
    const char *city;
};

struct Locale
{
    const char *code;
    double weight;
    std::vector<const char *> firstNames;
    std::vector<const char *> lastNames;
    std::vector<const char *> companyStems;
    std::vector<const char *> companySuffixes;
    std::vector<const char *> jobTitles;
    std::vector<Place> places;
    const char *tld;
    const char *phonePrefix;
};

const std::vector<Locale> &locales()
{
    static const std::vector<Locale> all = {
        {"fr", 0.22,
         {"Camille", "Élodie", "Julien", "Mathieu", "Sophie", "Nicolas", "Chloé", "Antoine", "Manon", "Thomas",
          "Léa", "Hugo", "Inès", "Lucas", "Océane", "Guillaume", "Aurélie", "François", "Céline", "Benoît"},
         {"Martin", "Bernard", "Dubois", "Lefèvre", "Moreau", "Laurent", "Girard", "Roux", "Fournier", "Mercier",
          "Bonnet", "Lambert", "Fontaine", "Rousseau", "Chevalier", "Garnier", "Faure", "André", "Gauthier", "Perrin"},
         {"Atelier", "Solutions", "Groupe", "Logistique", "Conseil", "Industries", "Numérique", "Distribution",
          "Énergies", "Bâtiment", "Services", "Transports"},
         {"SAS", "SA", "SARL", "& Associés"},
         {"Directeur commercial", "Responsable marketing", "Chef de projet", "Directrice générale", "Acheteur",
          "Responsable informatique", "Assistante marketing", "Directeur financier", "Gérant", "Commercial"},
         {{"France", "Île-de-France", "Paris"}, {"France", "Auvergne-Rhône-Alpes", "Lyon"},
          {"France", "Occitanie", "Toulouse"}, {"France", "Nouvelle-Aquitaine", "Bordeaux"},
          {"France", "Hauts-de-France", "Lille"}, {"France", "Provence-Alpes-Côte d'Azur", "Marseille"},
          {"France", "Pays de la Loire", "Nantes"}},
         "fr", "+33"},
        {"pt_BR", 0.18,
         {"João", "Ana", "Pedro", "Mariana", "Lucas", "Beatriz", "Gabriel", "Larissa", "Rafael", "Juliana", "Thiago",
          "Fernanda", "Felipe", "Camila", "Bruno", "Letícia", "Gustavo", "Patrícia"},
         {"Silva", "Santos", "Oliveira", "Souza", "Rodrigues", "Ferreira", "Alves", "Pereira", "Lima", "Gomes",
          "Costa", "Ribeiro", "Martins", "Carvalho", "Araújo", "Barbosa", "Conceição", "Gonçalves"},
         {"Tecnologia", "Comércio", "Soluções", "Distribuidora", "Logística", "Consultoria", "Indústria", "Serviços",
          "Agronegócio", "Varejo"},
         {"Ltda", "S.A.", "EIRELI"},
         {"Gerente de vendas", "Diretor comercial", "Analista de marketing", "Gerente de TI", "Comprador",
          "Diretora executiva", "Coordenador de operações", "CEO", "Sócio-fundador"},
         {{"Brazil", "São Paulo", "São Paulo"}, {"Brazil", "Rio de Janeiro", "Rio de Janeiro"},
          {"Brazil", "Minas Gerais", "Belo Horizonte"}, {"Brazil", "Paraná", "Curitiba"},
          {"Brazil", "Rio Grande do Sul", "Porto Alegre"}, {"Brazil", "Bahia", "Salvador"}},
         "com.br", "+55"},
        {"pt", 0.06,
         {"Tiago", "Inês", "Duarte", "Margarida", "Rodrigo", "Carolina", "Afonso", "Sofia", "Miguel", "Leonor"},
         {"Silva", "Santos", "Ferreira", "Pereira", "Costa", "Martins", "Sousa", "Fernandes", "Gonçalves", "Marques"},
         {"Soluções", "Tecnologias", "Comercial", "Transportes", "Engenharia", "Consultores"},
         {"Lda", "S.A."},
         {"Diretor comercial", "Gestor de marketing", "Administrador", "Responsável de compras", "CTO"},
         {{"Portugal", "Lisboa", "Lisboa"}, {"Portugal", "Norte", "Porto"}, {"Portugal", "Centro", "Coimbra"},
          {"Portugal", "Algarve", "Faro"}},
         "pt", "+351"},
        {"it", 0.16,
         {"Giulia", "Marco", "Francesca", "Alessandro", "Chiara", "Luca", "Sara", "Matteo", "Valentina", "Andrea",
          "Federica", "Lorenzo", "Martina", "Davide", "Elena", "Stefano"},
         {"Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco",
          "Bruno", "Gallo", "Conti", "De Luca", "Mancini", "Costa"},
         {"Tecnologie", "Soluzioni", "Impianti", "Logistica", "Servizi", "Meccanica", "Consulting", "Distribuzione",
          "Arredamenti", "Alimentari"},
         {"S.p.A.", "S.r.l.", "S.n.c."},
         {"Direttore commerciale", "Responsabile marketing", "Amministratore delegato", "Responsabile acquisti",
          "Responsabile IT", "Titolare", "Key account manager", "Direttrice vendite"},
         {{"Italy", "Lombardia", "Milano"}, {"Italy", "Lazio", "Roma"}, {"Italy", "Piemonte", "Torino"},
          {"Italy", "Emilia-Romagna", "Bologna"}, {"Italy", "Veneto", "Verona"}, {"Italy", "Campania", "Napoli"},
          {"Italy", "Toscana", "Firenze"}},
         "it", "+39"},
        {"el", 0.10,
         {"Γιώργος", "Μαρία", "Κωνσταντίνος", "Ελένη", "Δημήτρης", "Αικατερίνη", "Νίκος", "Σοφία", "Παναγιώτης",
          "Αναστασία", "Γιάννης", "Δέσποινα", "Χρήστος", "Βασιλική"},
         {"Παπαδόπουλος", "Παπαδοπούλου", "Γεωργίου", "Οικονόμου", "Παπανικολάου", "Βασιλείου", "Ιωάννου",
          "Κωνσταντίνου", "Δημητρίου", "Νικολάου", "Καραγιάννης", "Αθανασίου", "Μακρής", "Πετρίδης"},
         {"Τεχνική", "Εμπορική", "Λογιστική", "Ναυτιλιακή", "Πληροφορική", "Τουριστική", "Κατασκευαστική"},
         {"Α.Ε.", "Ε.Π.Ε.", "Ι.Κ.Ε."},
         {"Διευθυντής Πωλήσεων", "Υπεύθυνη Μάρκετινγκ", "Διευθύνων Σύμβουλος", "Υπεύθυνος Προμηθειών",
          "Υπεύθυνος Πληροφορικής", "Πωλητής"},
         {{"Greece", "Attica", "Αθήνα"}, {"Greece", "Central Macedonia", "Θεσσαλονίκη"},
          {"Greece", "Crete", "Ηράκλειο"}, {"Greece", "Western Greece", "Πάτρα"}},
         "gr", "+30"},
        {"en", 0.16,
         {"James", "Emma", "Oliver", "Olivia", "Harry", "Amelia", "Jack", "Isla", "Michael", "Sarah", "David",
          "Jennifer", "Daniel", "Jessica", "Ryan", "Emily"},
         {"Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Miller", "Anderson",
          "Clarke", "O'Brien", "Walker", "Wright", "Thompson", "Evans"},
         {"Systems", "Logistics", "Analytics", "Partners", "Holdings", "Software", "Manufacturing", "Retail Group",
          "Health", "Energy"},
         {"Ltd", "Inc.", "LLC", "plc"},
         {"VP of Sales", "Head of Marketing", "Marketing Manager", "CTO", "CEO", "Procurement Manager",
          "IT Director", "Sales Representative", "Operations Manager", "CFO", "Marketing Assistant", "Founder"},
         {{"United Kingdom", "England", "London"}, {"United Kingdom", "England", "Manchester"},
          {"United Kingdom", "Scotland", "Edinburgh"}, {"United States", "California", "San Francisco"},
          {"United States", "New York", "New York"}, {"United States", "Texas", "Austin"},
          {"United States", "Illinois", "Chicago"}, {"Ireland", "Leinster", "Dublin"}},
         "com", "+44"},
        {"de", 0.07,
         {"Lukas", "Anna", "Maximilian", "Laura", "Jonas", "Lea", "Felix", "Katharina", "Tobias", "Julia"},
         {"Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann"},
         {"Maschinenbau", "Logistik", "Systemhaus", "Handel", "Technik", "Beratung"},
         {"GmbH", "AG", "GmbH & Co. KG"},
         {"Vertriebsleiter", "Marketingleiterin", "Geschäftsführer", "Einkaufsleiter", "IT-Leiter"},
         {{"Germany", "Bayern", "München"}, {"Germany", "Berlin", "Berlin"}, {"Germany", "Hamburg", "Hamburg"},
          {"Germany", "Nordrhein-Westfalen", "Köln"}},
         "de", "+49"},
        {"es", 0.05,
         {"Alejandro", "Lucía", "Pablo", "Carmen", "Javier", "Marta", "Daniel", "Paula", "Sergio", "Elena"},
         {"García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez", "Pérez", "Gómez", "Díaz"},
         {"Soluciones", "Tecnología", "Distribuciones", "Consultores", "Logística", "Ingeniería"},
         {"S.L.", "S.A."},
         {"Director comercial", "Responsable de marketing", "Gerente", "Jefe de compras", "Director de TI"},
         {{"Spain", "Comunidad de Madrid", "Madrid"}, {"Spain", "Cataluña", "Barcelona"},
          {"Spain", "Comunidad Valenciana", "Valencia"}, {"Spain", "Andalucía", "Sevilla"}},
         "es", "+34"},
    };
    return all;
}

const std::vector<const char *> industries = {
    "Retail", "Manufacturing", "Software", "Financial services", "Healthcare", "Education", "Logistics",
    "Hospitality", "Construction", "Energy", "Telecommunications", "Real estate", "Media", "Agriculture",
    "Public sector", "Professional services"};

struct SourceWeight
{
    const char *key;
    double weight;
};
const std::vector<SourceWeight> sourceWeights = {
    {"landing_page", 0.14}, {"content", 0.13}, {"webinar", 0.10}, {"newsletter", 0.10}, {"seo", 0.10},
    {"social", 0.07},       {"blog", 0.05},    {"referral", 0.04}, {"paid_search", 0.09}, {"ads", 0.05},
    {"emailing", 0.05},     {"trade_show", 0.04}, {"cold_call", 0.02}, {"purchased_list", 0.02}};

const std::vector<const char *> topMagnets = {"Checklist: 12 steps to a clean CRM", "E-book: The B2B buyer's journey",
                                              "Template: lead scoring grid", "Worksheet: sales forecast",
                                              "Tip sheet: e-mail subject lines"};
const std::vector<const char *> middleMagnets = {"Video training: nurturing that works", "Case study: Atelier Moreau",
                                                 "Webinar: lead scoring 101", "E-mail course: 5 days to MQL",
                                                 "White paper: marketing and sales alignment"};
const std::vector<const char *> bottomMagnets = {"Live demo", "Free trial", "Free consultation",
                                                 "Comparison chart", "Discount coupon"};

const std::vector<const char *> pages = {"/pricing", "/features", "/blog/lead-scoring-explained",
                                         "/blog/bant-in-practice", "/case-studies", "/integrations/hubspot",
                                         "/integrations/salesforce", "/about", "/blog/nurturing-sequences",
                                         "/security", "/pricing/enterprise"};

const std::vector<const char *> emailSubjects = {
    "Welcome to Leadbench news", "Your e-book is ready", "Webinar invitation: scoring that sales trusts",
    "5 questions to ask before you buy a CRM", "Case study: 47% larger deals with nurturing",
    "Your trial ends in 3 days", "What our customers ask most"};

const std::vector<const char *> notePool = {
    "Met at the stand, interested in the pricing of the team plan.",
    "Asked for a callback next quarter; budget is being reviewed.",
    "Uses a spreadsheet today, wants to replace it before the summer.",
    "Decision is made by the head office; ask for an introduction.",
    "Very interested in the HubSpot sync.",
    "Rencontré au salon, souhaite une démo en septembre.",
    "Ligou pedindo proposta para 20 usuários.",
    "Chiede un preventivo per la sede di Milano.",
    "Ζήτησε προσφορά για 10 χρήστες.",
    "Not the right contact: forwarded to the IT manager.",
    "Competitor contract ends in March."};

struct CampaignSpec
{
    const char *name;
    const char *channel;
    double cost;
    qint64 visitors;
    int startDaysAgo;
    int lengthDays;
};
const std::vector<CampaignSpec> campaignSpecs = {
    {"Landing page: spring offer", "landing_page", 4200, 38000, 420, 90},
    {"E-book: The B2B buyer's journey", "content", 6500, 52000, 600, 365},
    {"White paper: marketing and sales alignment", "content", 3800, 21000, 300, 240},
    {"Webinar: lead scoring 101", "webinar", 2500, 9000, 200, 30},
    {"Webinar: nurturing sequences", "webinar", 2200, 7500, 90, 30},
    {"Newsletter", "newsletter", 1800, 64000, 720, 720},
    {"SEO: blog", "seo", 9000, 240000, 720, 720},
    {"LinkedIn organic", "social", 3000, 45000, 720, 720},
    {"Blog articles", "blog", 5200, 88000, 720, 720},
    {"Customer referrals", "referral", 1500, 2000, 720, 720},
    {"Google Ads: brand FR", "paid_search", 14500, 61000, 365, 365},
    {"Google Ads: CRM IT/PT/EL", "paid_search", 18900, 72000, 300, 300},
    {"LinkedIn Ads: IT decision makers", "ads", 12800, 35000, 240, 120},
    {"Retargeting display", "ads", 6100, 41000, 180, 180},
    {"E-mailing: Q2 prospects", "emailing", 2900, 26000, 400, 60},
    {"E-mailing: autumn offer", "emailing", 3100, 24000, 120, 45},
    {"Salon Vivatech Paris", "trade_show", 28000, 4200, 190, 4},
    {"Web Summit Lisboa", "trade_show", 24000, 5100, 380, 4},
    {"Fiera SMAU Milano", "trade_show", 15500, 3100, 40, 3},
    {"Cold calling: retail EU", "cold_call", 9800, 0, 260, 90},
    {"Purchased list: Kompass", "purchased_list", 7500, 0, 500, 1},
};

const std::vector<const char *> repNames = {
    "Claire Dubois", "Marco Bianchi", "Ana Oliveira", "Nikos Georgiou", "Tom Walker", "Sophie Laurent",
    "Rafael Costa", "Giulia Conti", "Eleni Papadaki", "Lukas Weber", "Lucía García", "Daniel Evans",
    "Inès Moreau", "Pedro Almeida", "Sara Greco", "Kostas Ioannou"};
const std::vector<const char *> repTeams = {"EU West", "EU South", "LatAm", "Enterprise"};

// Latin letters for e-mail addresses from names in any script.
QString asciiSlug(const QString &text)
{
    static const QHash<QChar, QString> greek = {
        {u'α', u"a"_s}, {u'β', u"v"_s}, {u'γ', u"g"_s}, {u'δ', u"d"_s},  {u'ε', u"e"_s}, {u'ζ', u"z"_s},
        {u'η', u"i"_s}, {u'θ', u"th"_s}, {u'ι', u"i"_s}, {u'κ', u"k"_s}, {u'λ', u"l"_s}, {u'μ', u"m"_s},
        {u'ν', u"n"_s}, {u'ξ', u"x"_s}, {u'ο', u"o"_s}, {u'π', u"p"_s},  {u'ρ', u"r"_s}, {u'σ', u"s"_s},
        {u'ς', u"s"_s}, {u'τ', u"t"_s}, {u'υ', u"y"_s}, {u'φ', u"f"_s},  {u'χ', u"ch"_s}, {u'ψ', u"ps"_s},
        {u'ω', u"o"_s}};
    const QString folded = TextKey::fold(text);
    QString out;
    for (const QChar c : folded) {
        if (c.unicode() < 128 && c.isLetterOrNumber())
            out += c;
        else if (auto it = greek.constFind(c); it != greek.constEnd())
            out += *it;
        else if (c == u'ß')
            out += u"ss"_s;
    }
    return out;
}

class Random
{
public:
    explicit Random(quint64 seed)
        : m_engine(seed)
    {
    }
    double uniform() { return std::uniform_real_distribution<double>(0.0, 1.0)(m_engine); }
    int between(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(m_engine); }
    bool chance(double p) { return uniform() < p; }
    template<typename T>
    const T &pick(const std::vector<T> &v) { return v[size_t(between(0, int(v.size()) - 1))]; }
    double logNormal(double mu, double sigma) { return std::lognormal_distribution<double>(mu, sigma)(m_engine); }
    int poisson(double mean) { return std::poisson_distribution<int>(mean)(m_engine); }
    double exponential(double mean) { return std::exponential_distribution<double>(1.0 / mean)(m_engine); }

private:
    std::mt19937_64 m_engine;
};

struct Company
{
    QString name;
    QString domain;
    QString industry;
    qint64 size;
    double revenue;
    int locale;
    Place place;
};

} // namespace

DemoGenerator::Result DemoGenerator::generate(Database &db, const Options &options, const Progress &progress)
{
    Result result;
    Random rnd(options.seed);
    const qint64 now = options.now ? options.now : QDateTime::currentMSecsSinceEpoch();
    // Scores are what the workspace's scoring rules compute (the same engine as everywhere else).
    const RuleSet rules = RuleSet::load(db);
    const ScoreEngine engine(rules);
    const bool wasEmpty = Query(db, "SELECT count(*) FROM leads").scalar().toLongLong() == 0;

    // Reps, campaigns and the pipeline: reuse by name.
    std::vector<qint64> reps;
    std::vector<QString> repNamesUsed;
    {
        Transaction tx(db);
        for (int i = 0; i < options.reps && i < int(repNames.size()); ++i) {
            const QString name = QString::fromUtf8(repNames[size_t(i)]);
            Query find(db, "SELECT id FROM reps WHERE name = ?", name);
            qint64 id;
            if (find.next()) {
                id = find.int64(0);
            } else {
                QString email = asciiSlug(name.section(u' ', 0, 0)) + u'.' + asciiSlug(name.section(u' ', 1))
                    + u"@leadbench.example"_s;
                Query(db, "INSERT INTO reps (name, email, team, active, created_at) VALUES (?, ?, ?, 1, ?)", name,
                      email, QString::fromUtf8(repTeams[size_t(i) % repTeams.size()]), now - 800 * DayMs)
                    .exec();
                id = db.lastInsertId();
                ++result.reps;
            }
            reps.push_back(id);
            repNamesUsed.push_back(name);
        }
        tx.commit();
    }

    QHash<QString, std::vector<qint64>> campaignsBySource;
    {
        Transaction tx(db);
        for (const CampaignSpec &spec : campaignSpecs) {
            const QString name = QString::fromUtf8(spec.name);
            Query find(db, "SELECT id FROM campaigns WHERE name = ?", name);
            qint64 id;
            if (find.next()) {
                id = find.int64(0);
            } else {
                const QDate start = QDateTime::fromMSecsSinceEpoch(now - spec.startDaysAgo * DayMs).date();
                Query(db,
                      "INSERT INTO campaigns (name, channel, cost, visitors, starts_on, ends_on, created_at) "
                      "VALUES (?, ?, ?, ?, ?, ?, ?)",
                      name, QString::fromUtf8(spec.channel), spec.cost, spec.visitors, start.toString(Qt::ISODate),
                      start.addDays(spec.lengthDays).toString(Qt::ISODate), now - spec.startDaysAgo * DayMs)
                    .exec();
                id = db.lastInsertId();
                ++result.campaigns;
            }
            campaignsBySource[QString::fromUtf8(spec.channel)].push_back(id);
        }
        tx.commit();
    }

    qint64 pipelineId = 0;
    std::vector<qint64> dealStages; // Qualified, Demo, Proposal, Negotiation, Won, Lost
    {
        Transaction tx(db);
        Query find(db, "SELECT id FROM pipelines ORDER BY position, id LIMIT 1");
        if (find.next()) {
            pipelineId = find.int64(0);
        } else {
            Query(db, "INSERT INTO pipelines (name, position) VALUES ('Sales', 0)").exec();
            pipelineId = db.lastInsertId();
            struct S { const char *name; double p; int outcome; int rot; };
            const S stages[] = {{"Qualified", 0.10, 0, 14}, {"Demo", 0.25, 0, 14}, {"Proposal", 0.50, 0, 21},
                                {"Negotiation", 0.75, 0, 21}, {"Won", 1.0, 1, 0}, {"Lost", 0.0, 2, 0}};
            int pos = 0;
            for (const S &s : stages) {
                Query q(db, "INSERT INTO pipeline_stages (pipeline_id, name, position, probability, outcome, rotting_days) "
                            "VALUES (?, ?, ?, ?, ?, ?)");
                q.bind(1, pipelineId).bind(2, s.name).bind(3, pos++).bind(4, s.p).bind(5, s.outcome);
                if (s.rot > 0)
                    q.bind(6, s.rot);
                else
                    q.bindNull(6);
                q.exec();
            }
        }
        Query stages(db, "SELECT id FROM pipeline_stages WHERE pipeline_id = ? ORDER BY position", pipelineId);
        while (stages.next())
            dealStages.push_back(stages.int64(0));
        tx.commit();
    }
    while (dealStages.size() < 6)
        dealStages.push_back(dealStages.empty() ? 0 : dealStages.back());

    // A pool of companies, so several leads work for the same one as in real data.
    const std::vector<Locale> &locs = locales();
    std::vector<double> localeWeights;
    for (const Locale &l : locs)
        localeWeights.push_back(l.weight);
    std::discrete_distribution<int> localePick(localeWeights.begin(), localeWeights.end());
    std::mt19937_64 pickEngine(options.seed ^ 0x5eedULL);
    const qint64 companyCount = std::max<qint64>(50, options.leads / 4);
    std::vector<Company> companies;
    companies.reserve(size_t(std::min<qint64>(companyCount, 400000)));
    for (qint64 i = 0; i < std::min<qint64>(companyCount, 400000); ++i) {
        Company c;
        c.locale = localePick(pickEngine);
        const Locale &l = locs[size_t(c.locale)];
        const QString founder = QString::fromUtf8(rnd.pick(l.lastNames));
        const QString stem = QString::fromUtf8(rnd.pick(l.companyStems));
        const int form = rnd.between(0, 2);
        c.name = form == 0 ? founder + u' ' + stem : form == 1 ? stem + u' ' + founder : founder + u" & "_s + QString::fromUtf8(rnd.pick(l.lastNames));
        c.name += u' ' + QString::fromUtf8(rnd.pick(l.companySuffixes));
        c.domain = asciiSlug(founder) + asciiSlug(stem).left(8) + u'.' + QString::fromLatin1(l.tld);
        c.industry = QString::fromUtf8(rnd.pick(industries));
        c.size = std::clamp<qint64>(qint64(rnd.logNormal(3.6, 1.4)), 1, 50000);
        c.revenue = std::round(double(c.size) * rnd.logNormal(11.6, 0.5) / 1000.0) * 1000.0;
        c.place = rnd.pick(l.places);
        companies.push_back(c);
    }

    std::vector<double> sw;
    for (const SourceWeight &s : sourceWeights)
        sw.push_back(s.weight);
    std::discrete_distribution<int> sourcePick(sw.begin(), sw.end());

    const std::string activitySql =
        "INSERT INTO activities (lead_id, type, occurred_at, detail, actor, created_at) VALUES (?, ?, ?, ?, ?, ?)";
    const std::string scoreHistorySql =
        "INSERT INTO score_history (lead_id, changed_at, old_score, new_score, reason) VALUES (?, ?, ?, ?, ?)";
    const std::string historySql = "INSERT INTO stage_history (lead_id, from_stage, to_stage, changed_at, actor, reason, "
                                   "score) VALUES (?, ?, ?, ?, ?, ?, ?)";
    const std::string dealSql =
        "INSERT INTO deals (pipeline_id, stage_id, title, lead_id, company, amount, currency, expected_close, "
        "probability, owner_id, outcome, closed_at, close_reason, gross_margin, stage_entered_at, created_at, "
        "updated_at, search_key) VALUES (?, ?, ?, ?, ?, ?, 'EUR', ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    const std::string dealHistorySql = "INSERT INTO deal_stage_history (deal_id, from_stage_id, to_stage_id, changed_at, "
                                       "actor, reason) VALUES (?, ?, ?, ?, ?, ?)";

    qint64 written = 0;
    qint64 repTurn = 0;
    while (written < options.leads) {
        const qint64 batch = std::min<qint64>(BatchLeads, options.leads - written);
        Transaction tx(db);
        for (qint64 b = 0; b < batch; ++b) {
            const Company &company = companies[size_t(rnd.between(0, int(companies.size()) - 1))];
            const Locale &l = locs[size_t(company.locale)];
            Lead lead;
            lead.firstName = QString::fromUtf8(rnd.pick(l.firstNames));
            lead.lastName = QString::fromUtf8(rnd.pick(l.lastNames));
            lead.company = company.name;
            lead.industry = company.industry;
            lead.companySize = company.size;
            lead.annualRevenue = company.revenue;
            lead.country = QString::fromUtf8(company.place.country);
            lead.region = QString::fromUtf8(company.place.region);
            lead.city = QString::fromUtf8(company.place.city);
            lead.jobTitle = QString::fromUtf8(rnd.pick(l.jobTitles));
            const QString first = asciiSlug(lead.firstName);
            const QString surname = asciiSlug(lead.lastName);
            const double emailStyle = rnd.uniform();
            if (emailStyle < 0.05)
                lead.email = QString(); // no e-mail given (cold call, badge without one)
            else if (emailStyle < 0.12)
                lead.email = first + u'.' + surname + QString::number(rnd.between(1, 99)) + u"@gmail.com"_s;
            else if (emailStyle < 0.60)
                lead.email = first + u'.' + surname + u'@' + company.domain;
            else if (emailStyle < 0.85)
                lead.email = first.left(1) + surname + u'@' + company.domain;
            else
                lead.email = first + u'@' + company.domain;
            if (rnd.chance(0.02) && !lead.email.isEmpty()) // real-world capitalisation
                lead.email = lead.email.left(1).toUpper() + lead.email.mid(1);
            if (rnd.chance(0.75)) {
                lead.phone = QString::fromLatin1(l.phonePrefix) + u' ' + QString::number(rnd.between(1, 9))
                    + u' ' + QString::number(rnd.between(10, 99)) + u' ' + QString::number(rnd.between(10, 99))
                    + u' ' + QString::number(rnd.between(10, 99)) + u' ' + QString::number(rnd.between(10, 99));
            }
            const SourceWeight &source = sourceWeights[size_t(sourcePick(pickEngine))];
            lead.source = QString::fromLatin1(source.key);
            const auto campaigns = campaignsBySource.constFind(lead.source);
            if (campaigns != campaignsBySource.constEnd() && !campaigns->empty() && rnd.chance(0.85))
                lead.campaignId = (*campaigns)[size_t(rnd.between(0, int(campaigns->size()) - 1))];

            // Created within the last two years, more of them recently.
            const double ageDays = std::min(729.0, rnd.exponential(240.0));
            lead.createdAt = now - qint64(ageDays * double(DayMs)) - rnd.between(0, 86399) * 1000LL;
            const bool inbound = LeadSources::direction(lead.source) == LeadSources::Direction::Inbound;
            if (inbound || lead.source == u"trade_show"_s || rnd.chance(0.3)) {
                lead.consentAt = lead.createdAt;
                lead.consentSource = lead.source == u"trade_show"_s ? u"Trade show badge scan"_s
                    : lead.source == u"newsletter"_s                ? u"Newsletter sign-up form"_s
                                                                    : u"Web form"_s;
            }

            // Behaviour: how engaged this lead is decides how many things it does and which.
            const double engagement = rnd.uniform();
            // Leads on the list receive the newsletter; the least engaged open none of it.
            const int newsletters = lead.consentAt && engagement < 0.3 ? 3 : 0;
            const int count = std::min(60, std::max(0, rnd.poisson(options.activitiesPerLead * (0.3 + 1.4 * engagement)) - newsletters));
            struct Event { ActivityType type; qint64 at; QString detail; };
            std::vector<Event> events;
            events.reserve(size_t(count) + 2);
            const qint64 span = std::max<qint64>(DayMs, now - lead.createdAt);
            auto when = [&] { return std::min(now, lead.createdAt + qint64(rnd.uniform() * double(span))); };
            if (lead.source == u"newsletter"_s)
                events.push_back({ActivityType::Subscribed, lead.createdAt, QString()});
            for (int i = 0; i < newsletters; ++i)
                events.push_back({ActivityType::EmailSent, when(), QString::fromUtf8(rnd.pick(emailSubjects))});
            bool meeting = false;
            bool trial = false;
            bool unsubscribed = false;
            for (int i = 0; i < count; ++i) {
                const double r = rnd.uniform();
                Event e{ActivityType::EmailOpened, when(), QString()};
                if (r < 0.34) {
                    // An e-mail: opened, or (less often the more engaged the lead) only sent.
                    e = {rnd.chance(0.3 + 0.7 * engagement) ? ActivityType::EmailOpened : ActivityType::EmailSent, e.at,
                         QString::fromUtf8(rnd.pick(emailSubjects))};
                } else if (r < 0.50) {
                    e = {ActivityType::EmailClicked, e.at, QString::fromUtf8(rnd.pick(emailSubjects))};
                } else if (r < 0.72) {
                    const bool buyingSignal = rnd.chance(0.15 + 0.4 * engagement);
                    e = {ActivityType::PageVisit, e.at,
                         u"https://leadbench.example"_s
                             + (buyingSignal ? u"/pricing"_s : QString::fromLatin1(rnd.pick(pages)))};
                } else if (r < 0.80) {
                    e = {ActivityType::ContentDownloaded, e.at, QString::fromUtf8(rnd.pick(middleMagnets))};
                } else if (r < 0.84) {
                    e = {ActivityType::WebinarAttended, e.at, u"Webinar: lead scoring 101"_s};
                } else if (r < 0.88) {
                    e = {ActivityType::FormSubmitted, e.at, QString::fromUtf8(rnd.pick(topMagnets))};
                } else if (r < 0.91 + 0.04 * engagement) {
                    e = {ActivityType::EmailReplied, e.at, QString::fromUtf8(rnd.pick(emailSubjects))};
                } else if (r < 0.95 && engagement > 0.45) {
                    e = {ActivityType::MeetingBooked, e.at, u"Discovery call"_s};
                    meeting = true;
                } else if (r < 0.97 && engagement > 0.6) {
                    e = {ActivityType::TrialStarted, e.at, u"14-day trial"_s};
                    trial = true;
                } else if (r < 0.985 && meeting) {
                    e = {ActivityType::MeetingCancelled, e.at, u"Discovery call"_s};
                } else if (r < 0.995) {
                    e = {ActivityType::Call, e.at, u"Left a voicemail"_s};
                } else if (lead.consentAt && !unsubscribed) {
                    e = {ActivityType::Unsubscribed, e.at, u"List-Unsubscribe"_s};
                    unsubscribed = true;
                }
                events.push_back(e);
            }
            std::sort(events.begin(), events.end(), [](const Event &a, const Event &b) { return a.at < b.at; });
            if (unsubscribed) {
                for (const Event &e : events) {
                    if (e.type == ActivityType::Unsubscribed) {
                        lead.unsubscribedAt = e.at;
                        break;
                    }
                }
            }

            // The score as the rules compute it now, and how it got there: the score after each event
            // (decay relative to that moment) becomes the lead's score history.
            std::vector<ScoredActivity> scored;
            scored.reserve(events.size());
            for (const Event &e : events) {
                ScoredActivity a{e.type, e.at, QString(), 0, true};
                if (engine.readsDetail(e.type)) {
                    const QByteArray utf8 = e.detail.toUtf8();
                    a.detailBits = engine.detailBits(e.type, std::string_view(utf8.constData(), size_t(utf8.size())));
                }
                scored.push_back(a);
            }
            int score = engine.score(lead, scored, now);
            lead.score = score;

            // The lifecycle follows the behaviour.
            const qint64 last = events.empty() ? lead.createdAt : events.back().at;
            std::vector<std::pair<Stage, qint64>> path;
            const Stage entry = lead.source == u"newsletter"_s && engagement < 0.5 ? Stage::Subscriber : Stage::Lead;
            path.push_back({entry, lead.createdAt});
            auto step = [&](Stage s) {
                const qint64 prev = path.back().second;
                const qint64 at = prev + qint64(rnd.uniform() * double(std::max<qint64>(DayMs, last - prev)));
                path.push_back({s, std::min(at, now)});
            };
            QString dealOutcome;
            if (rnd.chance(0.03)) {
                step(Stage::Disqualified);
            } else if (score >= rules.mqlThreshold || meeting || trial) {
                step(Stage::MQL);
                if (rnd.chance(0.45)) {
                    if (rnd.chance(0.72)) {
                        step(Stage::SQL);
                        if (rnd.chance(0.55)) {
                            step(Stage::Opportunity);
                            const double r = rnd.uniform();
                            if (r < 0.42) {
                                step(Stage::Customer);
                                dealOutcome = u"won"_s;
                            } else if (r < 0.70) {
                                step(Stage::Nurturing);
                                dealOutcome = u"lost"_s;
                            } else {
                                dealOutcome = u"open"_s;
                            }
                        }
                    } else {
                        step(Stage::Nurturing);
                    }
                }
            } else if (entry == Stage::Subscriber && rnd.chance(0.3)) {
                step(Stage::Lead);
            }
            lead.stage = path.back().first;
            if (int(lead.stage) >= int(Stage::MQL) || rnd.chance(0.15)) {
                lead.ownerId = reps[size_t(repTurn++ % qint64(reps.size()))];
            }
            lead.leadMagnet = QString::fromUtf8(int(lead.stage) >= int(Stage::SQL) ? rnd.pick(bottomMagnets)
                                                : score >= 25                     ? rnd.pick(middleMagnets)
                                                                                   : rnd.pick(topMagnets));
            if (rnd.chance(0.2))
                lead.notes = QString::fromUtf8(rnd.pick(notePool));
            // Every field is set now: the stored score is exactly what the engine computes for the lead.
            score = lead.score = engine.score(lead, scored, now);
            lead.updatedAt = std::max(last, path.back().second);

            Query insert(db, LeadRepository::insertSql());
            LeadRepository::bindLeadColumns(insert, lead, 1);
            insert.exec();
            const qint64 leadId = db.lastInsertId();
            Query(db, "UPDATE lead_scores SET score = ? WHERE lead_id = ?", score, leadId).exec();

            for (const Event &e : events) {
                Query a(db, activitySql);
                a.bind(1, leadId).bind(2, int(e.type)).bind(3, e.at).bind(4, e.detail.isNull() ? u""_s : e.detail);
                a.bind(5, u"demo"_s).bind(6, e.at);
                a.exec();
                ++result.activities;
            }
            {
                const LeadProfile profile(lead);
                std::vector<ScoredActivity> prefix;
                prefix.reserve(scored.size());
                int previous = 0;
                auto record = [&](qint64 at, int value, const QString &why) {
                    if (value == previous)
                        return;
                    Query h(db, scoreHistorySql);
                    h.bind(1, leadId).bind(2, at).bind(3, previous).bind(4, value).bind(5, why);
                    h.exec();
                    previous = value;
                };
                record(lead.createdAt, engine.score(profile.view(), prefix, lead.createdAt),
                       QCoreApplication::translate("LeadRepository", "Lead created"));
                for (const ScoredActivity &a : scored) {
                    prefix.push_back(a);
                    if (engine.readsActivity(a.type))
                        record(a.occurredAt, engine.score(profile.view(), prefix, a.occurredAt),
                               QCoreApplication::translate("LeadRepository", "%1 added").arg(ActivityTypes::displayName(a.type)));
                }
                record(now, score, QCoreApplication::translate("ScoringService", "Daily re-score: older behaviour counts less"));
            }
            const QString ownerName = lead.ownerId ? repNamesUsed[size_t((repTurn - 1) % qint64(reps.size()))] : QString();
            for (size_t i = 0; i < path.size(); ++i) {
                Query h(db, historySql);
                h.bind(1, leadId);
                if (i == 0)
                    h.bindNull(2);
                else
                    h.bind(2, int(path[i - 1].first));
                const Stage to = path[i].first;
                QString actor = u"demo"_s;
                QString reason;
                if (i == 0) {
                    reason = u"Created"_s;
                } else if (to == Stage::MQL && score >= rules.mqlThreshold) {
                    actor = u"scoring"_s;
                    reason = Rescorer::thresholdReason(score, rules.mqlThreshold);
                } else if (to == Stage::MQL) {
                    actor = ownerName.isEmpty() ? u"demo"_s : ownerName;
                    reason = trial ? u"Started a free trial"_s : u"Booked a meeting"_s;
                } else if (to == Stage::SQL) {
                    actor = ownerName;
                    reason = u"BANT: budget, authority, need and timing confirmed"_s;
                } else if (to == Stage::Nurturing) {
                    actor = ownerName;
                    reason = dealOutcome == u"lost"_s ? u"Deal lost: not now"_s : u"BANT: timing not before next year"_s;
                } else if (to == Stage::Opportunity) {
                    actor = ownerName;
                    reason = u"Deal created"_s;
                } else if (to == Stage::Customer) {
                    actor = ownerName;
                    reason = u"Deal won"_s;
                } else if (to == Stage::Disqualified) {
                    reason = u"Not a fit: student or competitor"_s;
                }
                h.bind(3, int(to)).bind(4, path[i].second).bind(5, actor).bind(6, reason).bind(7, score);
                h.exec();
                ++result.stageChanges;
            }

            if (!dealOutcome.isEmpty()) {
                const double amount = std::round(std::clamp(rnd.logNormal(9.6, 0.9) * (1.0 + std::log10(double(company.size))), 1500.0, 400000.0) / 100.0) * 100.0;
                qint64 opened = path.size() >= 2 ? path[path.size() - (dealOutcome == u"open"_s ? 1 : 2)].second : lead.createdAt;
                const qint64 closed = dealOutcome == u"open"_s ? 0 : path.back().second;
                const int outcome = dealOutcome == u"won"_s ? 1 : dealOutcome == u"lost"_s ? 2 : 0;
                const qint64 stageId = outcome == 1 ? dealStages[4] : outcome == 2 ? dealStages[5] : dealStages[size_t(rnd.between(0, 3))];
                Query d(db, dealSql);
                const QString dealTitle = company.name + u" – "_s + QString::fromUtf8(rnd.pick(bottomMagnets));
                d.bind(1, pipelineId).bind(2, stageId).bind(3, dealTitle);
                d.bind(4, leadId).bind(5, company.name).bind(6, amount);
                d.bind(7, QDateTime::fromMSecsSinceEpoch(closed ? closed : now + rnd.between(7, 120) * DayMs).date().toString(Qt::ISODate));
                if (lead.ownerId)
                    d.bind(8, *lead.ownerId);
                else
                    d.bindNull(8);
                d.bind(9, outcome);
                if (closed)
                    d.bind(10, closed);
                else
                    d.bindNull(10);
                d.bind(11, outcome == 2 ? u"Not now: budget frozen"_s : QString(u""_s));
                d.bind(12, outcome == 1 ? std::round(amount * (0.3 + 0.3 * rnd.uniform())) : 0.0);
                d.bind(13, closed ? closed : opened).bind(14, opened).bind(15, closed ? closed : opened);
                d.bind(16, TextKey::fold(dealTitle + u' ' + company.name)); // as DealRepository keys it
                d.exec();
                // The deal's stage history: opened in an open stage, then closed.
                const qint64 dealId = db.lastInsertId();
                const qint64 openedIn = outcome == 0 ? stageId : dealStages[size_t(dealId % 4)];
                const QString dealActor = ownerName.isEmpty() ? u"demo"_s : ownerName;
                Query dh(db, dealHistorySql);
                dh.bind(1, dealId).bindNull(2).bind(3, openedIn).bind(4, opened).bind(5, dealActor).bind(6, u"Created"_s);
                dh.exec();
                if (outcome != 0) {
                    Query closing(db, dealHistorySql);
                    closing.bind(1, dealId).bind(2, openedIn).bind(3, stageId).bind(4, closed).bind(5, dealActor);
                    closing.bind(6, outcome == 2 ? u"Not now: budget frozen"_s : QString(u""_s));
                    closing.exec();
                }
                ++result.deals;
            }
        }
        tx.commit();
        written += batch;
        result.leads = written;
        if (progress && !progress(written, options.leads))
            break;
    }
    // Every lead was just scored with the workspace's rules: no full re-score is due.
    if (wasEmpty)
        ScoringService::markFullRescore(db, RuleSet::revision(db), now);
    return result;
}
