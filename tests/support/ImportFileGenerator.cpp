#include "ImportFileGenerator.h"

#include <QFile>
#include <QStringList>

#include <random>
#include <string>
#include <unordered_set>
#include <vector>

namespace ImportFileGenerator {

namespace {

struct Locale
{
    std::vector<const char *> first;
    std::vector<const char *> last;
    std::vector<const char *> companies;
    std::vector<const char *> titles;
    std::vector<std::vector<const char *>> places; // country, region, city
    const char *tld;
    const char *phone;
};

const std::vector<Locale> &locales()
{
    static const std::vector<Locale> all = {
        {{"Camille", "Élodie", "Julien", "Mathieu", "Sophie", "Chloé", "Antoine", "Léa", "Inès", "François", "Océane", "Benoît"},
         {"Martin", "Lefèvre", "Moreau", "Girard", "Roux", "Fournier", "Mercier", "Chevalier", "Gauthier", "Perrin"},
         {"Atelier Moreau SAS", "Numérique & Associés", "Groupe Lefèvre, Conseil", "Énergies Roux SARL",
          "Bâtiment \"Le Nord\" SA", "Transports Girard"},
         {"Directeur commercial", "Responsable marketing", "Chef de projet", "Directrice générale", "Acheteur"},
         {{"France", "Île-de-France", "Paris"}, {"France", "Auvergne-Rhône-Alpes", "Lyon"}, {"France", "Occitanie", "Toulouse"}},
         "fr", "+33"},
        {{"João", "Ana", "Pedro", "Mariana", "Letícia", "Gonçalo", "Thiago", "Camila", "Conceição"},
         {"Silva", "Santos", "Oliveira", "Araújo", "Gonçalves", "Conceição", "Ribeiro", "Carvalho"},
         {"Soluções Araújo Ltda", "Comércio Silva, Filhos & Cia", "Logística São Paulo S.A.", "Tecnologia Ribeiro EIRELI"},
         {"Gerente de vendas", "Diretor comercial", "Analista de marketing", "Sócio-fundador"},
         {{"Brazil", "São Paulo", "São Paulo"}, {"Brazil", "Paraná", "Curitiba"}, {"Portugal", "Lisboa", "Lisboa"}},
         "com.br", "+55"},
        {{"Giulia", "Marco", "Francesca", "Niccolò", "Chiara", "Luca", "Martina", "Davide"},
         {"Rossi", "Ferrari", "Esposito", "Bianchi", "De Luca", "D'Angelo", "Mancini", "Greco"},
         {"Impianti Rossi S.p.A.", "Meccanica Bianchi S.r.l.", "Arredamenti \"Il Faro\" S.n.c.", "Soluzioni D'Angelo S.r.l."},
         {"Direttore commerciale", "Responsabile acquisti", "Amministratore delegato", "Titolare"},
         {{"Italy", "Lombardia", "Milano"}, {"Italy", "Lazio", "Roma"}, {"Italy", "Toscana", "Firenze"}},
         "it", "+39"},
        {{"Γιώργος", "Μαρία", "Κωνσταντίνος", "Ελένη", "Δημήτρης", "Αικατερίνη", "Νίκος", "Σοφία"},
         {"Παπαδόπουλος", "Παπαδοπούλου", "Γεωργίου", "Οικονόμου", "Ιωάννου", "Καραγιάννης"},
         {"Τεχνική Αθηνών Α.Ε.", "Ναυτιλιακή Πειραιώς Ε.Π.Ε.", "Πληροφορική Κρήτης Ι.Κ.Ε."},
         {"Διευθυντής Πωλήσεων", "Υπεύθυνη Μάρκετινγκ", "Διευθύνων Σύμβουλος"},
         {{"Greece", "Attica", "Αθήνα"}, {"Greece", "Central Macedonia", "Θεσσαλονίκη"}},
         "gr", "+30"},
        {{"James", "Emma", "Oliver", "Olivia", "Harry", "Amelia", "Jack", "Sarah", "Michael", "Emily"},
         {"Smith", "Jones", "Taylor", "O'Brien", "Williams", "Walker", "Wright", "Evans"},
         {"Walker Logistics Ltd", "Smith, Jones & Partners LLC", "Evans \"Green\" Energy plc", "Wright Software Inc."},
         {"VP of Sales", "Head of Marketing", "CTO", "Procurement Manager", "Founder"},
         {{"United Kingdom", "England", "London"}, {"United States", "California", "San Francisco"}, {"Ireland", "Leinster", "Dublin"}},
         "com", "+44"},
    };
    return all;
}

const std::vector<const char *> industries = {"Retail", "Manufacturing", "Software", "Financial services", "Healthcare",
                                              "Logistics", "Hospitality", "Construction", "Energy", ""};
const std::vector<const char *> sources = {"ORGANIC_SEARCH", "Organic Search", "PAID_SEARCH", "EMAIL_MARKETING",
                                           "SOCIAL_MEDIA", "Referrals", "OFFLINE", "DIRECT_TRAFFIC", "Paid Social", ""};
const std::vector<const char *> stages = {"subscriber", "lead", "marketingqualifiedlead", "Marketing Qualified Lead",
                                          "salesqualifiedlead", "Sales Qualified Lead", "opportunity", "customer", "Lead",
                                          "Subscriber", "other", ""};
const std::vector<const char *> statuses = {"NEW", "OPEN", "IN_PROGRESS", "ATTEMPTED_TO_CONTACT", "CONNECTED", "", ""};
const std::vector<const char *> owners = {"Claire Dubois", "Marco Bianchi", "Ana Oliveira", "Nikos Georgiou", "", "", ""};
const std::vector<const char *> messages = {
    "", "", "", "", "", "",
    "Please call me back, tomorrow morning if possible.",
    "We need a quote for 20 users.\r\nBudget approved for Q3.",
    "Interested in the \"Team\" plan; what does it cost?",
    "Rencontré au salon, souhaite une démo en septembre.",
    "Ζήτησε προσφορά για 10 χρήστες.\nΕπικοινωνία μετά τις 5.",
    "Chiede un preventivo per la sede di Milano, con \"assistenza\" inclusa.",
    "Ligou pedindo proposta; prefere contato por e-mail.\n\nObrigado!",
    "=HYPERLINK(\"http://example.com\",\"click\")",
};

class Random
{
public:
    explicit Random(quint64 seed) : m_engine(seed) {}
    double uniform() { return std::uniform_real_distribution<double>(0.0, 1.0)(m_engine); }
    int between(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(m_engine); }
    template<typename T>
    const T &pick(const std::vector<T> &v) { return v[size_t(between(0, int(v.size()) - 1))]; }

private:
    std::mt19937_64 m_engine;
};

std::string asciiSlug(const char *utf8)
{
    // Latin letters for e-mail addresses: accents dropped, Greek transliterated roughly.
    const QString folded = QString::fromUtf8(utf8).normalized(QString::NormalizationForm_KD).toLower();
    static const QString greek = QStringLiteral("αβγδεζηθικλμνξοπρσςτυφχψω");
    static const char *const latin[] = {"a", "v", "g", "d", "e", "z", "i", "th", "i", "k", "l", "m", "n",
                                        "x", "o", "p", "r", "s", "s", "t", "y", "f", "ch", "ps", "o"};
    std::string out;
    for (const QChar c : folded) {
        if (c.unicode() < 128 && c.isLetterOrNumber())
            out += char(c.unicode());
        else if (const qsizetype i = greek.indexOf(c); i >= 0)
            out += latin[i];
    }
    return out;
}

void appendField(std::string &line, const std::string &value)
{
    bool quote = false;
    for (char c : value) {
        if (c == ',' || c == '"' || c == '\n' || c == '\r') {
            quote = true;
            break;
        }
    }
    if (!quote) {
        line += value;
        return;
    }
    line += '"';
    for (char c : value) {
        if (c == '"')
            line += '"';
        line += c;
    }
    line += '"';
}

} // namespace

QStringList hubSpotHeader()
{
    return {QStringLiteral("Record ID"),      QStringLiteral("First Name"),      QStringLiteral("Last Name"),
            QStringLiteral("Email"),          QStringLiteral("Phone Number"),    QStringLiteral("Job Title"),
            QStringLiteral("Company Name"),   QStringLiteral("Industry"),        QStringLiteral("Number of Employees"),
            QStringLiteral("Annual Revenue"), QStringLiteral("Country/Region"),  QStringLiteral("State/Region"),
            QStringLiteral("City"),           QStringLiteral("Original Source"), QStringLiteral("Lifecycle Stage"),
            QStringLiteral("Lead Status"),    QStringLiteral("Contact owner"),   QStringLiteral("Create Date"),
            QStringLiteral("Message")};
}

Result writeHubSpotContacts(const QString &path, const Options &options)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    Result result;
    Random rnd(options.seed);
    const std::string eol = options.crlf ? "\r\n" : "\n";
    std::string buffer;
    buffer.reserve(1 << 20);
    if (options.bom)
        buffer += "\xEF\xBB\xBF";
    {
        std::string header;
        const QStringList names = hubSpotHeader();
        for (qsizetype i = 0; i < names.size(); ++i) {
            if (i)
                header += ',';
            appendField(header, names.at(i).toStdString());
        }
        buffer += header + eol;
    }
    std::vector<std::string> emails; // earlier e-mails, to repeat some
    emails.reserve(size_t(std::min<qint64>(options.rows, 2000000)));
    std::unordered_set<std::string> distinct;
    const auto &locs = locales();
    std::string line;
    for (qint64 r = 0; r < options.rows; ++r) {
        const Locale &l = locs[size_t(rnd.between(0, int(locs.size()) - 1))];
        const char *first = rnd.pick(l.first);
        const char *last = rnd.pick(l.last);
        const char *company = rnd.pick(l.companies);
        const auto &place = rnd.pick(l.places);
        std::string email;
        const double e = rnd.uniform();
        bool duplicate = false;
        if (e < options.blankEmailShare) {
            ++result.blankEmails;
        } else if (e < options.blankEmailShare + options.invalidEmailShare) {
            email = rnd.between(0, 1) ? asciiSlug(first) + "." + asciiSlug(last) + "@" : "n/a " + std::to_string(r);
            ++result.invalidEmails;
        } else if (e < options.blankEmailShare + options.invalidEmailShare + options.duplicateShare && !emails.empty()) {
            // An earlier contact again, written differently: capitals and stray spaces.
            email = emails[size_t(rnd.between(0, int(emails.size()) - 1))];
            if (rnd.between(0, 1)) {
                for (char &c : email) {
                    if (c >= 'a' && c <= 'z' && rnd.between(0, 2) == 0)
                        c = char(c - 32);
                }
            } else {
                email = " " + email + " ";
            }
            duplicate = true;
            ++result.duplicates;
        } else {
            // Unique by construction: the row number is part of the address.
            email = asciiSlug(first) + "." + asciiSlug(last) + std::to_string(r) + "@" + asciiSlug(company).substr(0, 12)
                + "." + l.tld;
            emails.push_back(email);
        }
        if (!email.empty() && !duplicate && email.find('@') != std::string::npos && email.back() != '@')
            distinct.insert(email);

        line.clear();
        line += std::to_string(100000 + r);
        line += ',';
        appendField(line, rnd.between(0, 60) ? first : "");
        line += ',';
        appendField(line, last);
        line += ',';
        appendField(line, email);
        line += ',';
        if (rnd.between(0, 3)) {
            line += l.phone;
            line += " " + std::to_string(rnd.between(1, 9)) + " " + std::to_string(rnd.between(10, 99)) + " "
                + std::to_string(rnd.between(10, 99)) + " " + std::to_string(rnd.between(10, 99)) + " "
                + std::to_string(1000 + r % 9000);
        }
        line += ',';
        appendField(line, rnd.pick(l.titles));
        line += ',';
        appendField(line, company);
        line += ',';
        appendField(line, rnd.pick(industries));
        line += ',';
        if (rnd.between(0, 4))
            line += std::to_string(rnd.between(1, 5000));
        line += ',';
        if (rnd.between(0, 2))
            line += std::to_string(rnd.between(1, 900) * 10000);
        line += ',';
        appendField(line, place[0]);
        line += ',';
        appendField(line, place[1]);
        line += ',';
        appendField(line, place[2]);
        line += ',';
        appendField(line, rnd.pick(sources));
        line += ',';
        appendField(line, rnd.pick(stages));
        line += ',';
        appendField(line, rnd.pick(statuses));
        line += ',';
        appendField(line, rnd.pick(owners));
        line += ',';
        {
            char date[32];
            std::snprintf(date, sizeof date, "20%02d-%02d-%02d %02d:%02d", rnd.between(21, 25), rnd.between(1, 12),
                          rnd.between(1, 28), rnd.between(0, 23), rnd.between(0, 59));
            line += date;
        }
        line += ',';
        appendField(line, rnd.pick(messages));
        line += eol;
        buffer += line;
        if (buffer.size() > (1 << 20) - 4096) {
            file.write(buffer.data(), qint64(buffer.size()));
            result.bytes += qint64(buffer.size());
            buffer.clear();
        }
        ++result.rows;
    }
    file.write(buffer.data(), qint64(buffer.size()));
    result.bytes += qint64(buffer.size());
    result.distinctEmails = qint64(distinct.size());
    return result;
}

} // namespace ImportFileGenerator
