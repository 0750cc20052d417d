#include "GuiTestSupport.h"
#include "TestSupport.h"

#include "tradeshow/CaptureWindow.h"
#include "tradeshow/TradeShowPage.h"

#include "distribution/RepRepository.h"
#include "leads/LeadRepository.h"
#include "settings/Language.h"
#include "storage/Query.h"
#include "tradeshow/TradeShow.h"
#include "workspace/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QUndoStack>

#include <csignal>
#include <cstdio>

using namespace GuiTest;

// Trade-show capture as people use it at the booth: keyboard only, scanners, duplicates, and a process
// killed right after a save.
class tst_CaptureWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void typeLeadsWithTheKeyboard();
    void invalidInputKeepsTheForm();
    void scanVCardWithEnterBetweenLines();
    void scanMeCardInOneLine();
    void duplicateShownAndUpdatedInstead();
    void draftComesBackAfterLeaving();
    void killedRightAfterSaveKeepsTheLead();
    void pageCreatesEventSummarisesAndAssigns();

private:
    void typeInto(LeadField f, const QString &text);
    QString grabIfAsked(QWidget *w, const char *name);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;
    qint64 m_event = 0;
    std::unique_ptr<CaptureWindow> m_window;
};

void tst_CaptureWindow::initTestCase()
{
    Language::apply(QStringLiteral("en")); // as main() does: English with its plurals
}

void tst_CaptureWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_ws = TestSupport::createWorkspace(m_dir->filePath(QStringLiteral("c.leadbench")));
    m_event = TradeShow(*m_ws).createEvent(QStringLiteral("Fiera SMAU Milano"), QDate(2026, 10, 14), QDate(2026, 10, 16), 15500);
    m_window = std::make_unique<CaptureWindow>(*m_ws, m_event);
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_CaptureWindow::cleanup()
{
    m_window.reset();
    m_ws.reset();
    m_dir.reset();
}

QString tst_CaptureWindow::grabIfAsked(QWidget *w, const char *name)
{
    const QString folder = qEnvironmentVariable("LEADBENCH_SCREENSHOTS");
    if (folder.isEmpty())
        return QString();
    const QString path = folder + QLatin1Char('/') + QString::fromLatin1(name) + QStringLiteral(".png");
    w->grab().save(path);
    return path;
}

void tst_CaptureWindow::typeInto(LeadField f, const QString &text)
{
    QLineEdit *edit = m_window->field(f);
    edit->setFocus();
    typeText(edit, text);
}

void tst_CaptureWindow::typeLeadsWithTheKeyboard()
{
    auto *counters = child<QLabel>(m_window.get(), QStringLiteral("captureCounters"));
    QCOMPARE(counters->text(), QStringLiteral("Today: 0 · At this event: 0"));
    // First person: Tab from field to field, then Enter.
    QLineEdit *first = m_window->field(LeadField::FirstName);
    QTRY_VERIFY(first->hasFocus());
    typeText(first, QStringLiteral("Giulia"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    typeText(QApplication::focusWidget(), QStringLiteral("Rossi"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    typeText(QApplication::focusWidget(), QStringLiteral("Impianti Rossi S.r.l."));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    typeText(QApplication::focusWidget(), QStringLiteral("Direttrice vendite"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    typeText(QApplication::focusWidget(), QStringLiteral("giulia@impianti.it"));
    QVERIFY(m_window->field(LeadField::Email)->hasFocus());
    QTest::mouseClick(child<QRadioButton>(m_window.get(), QStringLiteral("interest_hot")), Qt::LeftButton);
    auto *consent = child<QCheckBox>(m_window.get(), QStringLiteral("capture_consent"));
    QTest::mouseClick(consent, Qt::LeftButton, {}, QPoint(8, consent->height() / 2)); // on the box itself
    QVERIFY(consent->isChecked());
    auto *notes = child<QPlainTextEdit>(m_window.get(), QStringLiteral("capture_notes"));
    notes->setFocus();
    typeText(notes, QStringLiteral("Wants a quote"));
    QTest::keyClick(notes, Qt::Key_Return, Qt::ShiftModifier); // a new line, not a save
    typeText(notes, QStringLiteral("for 20 seats"));
    grabIfAsked(m_window.get(), "capture-typing");
    QTest::keyClick(notes, Qt::Key_Return);
    QCOMPARE(m_ws->leads().count(), 1);
    const Lead giulia = m_ws->leads().get(Query(m_ws->db(), "SELECT max(id) FROM leads").scalar().toLongLong());
    QCOMPARE(giulia.company, QStringLiteral("Impianti Rossi S.r.l."));
    QCOMPARE(giulia.notes, QStringLiteral("Wants a quote\nfor 20 seats"));
    QVERIFY(giulia.hasConsent());
    QCOMPARE(Query(m_ws->db(), "SELECT interest FROM event_captures").scalar().toInt(), int(Temperature::Hot));
    // The form is clear and ready for the next person.
    QVERIFY(m_window->input().isEmpty());
    QVERIFY(m_window->field(LeadField::FirstName)->hasFocus());
    QCOMPARE(counters->text(), QStringLiteral("Today: 1 · At this event: 1"));
    QVERIFY(child<QLabel>(m_window.get(), QStringLiteral("captureStatus"))->text().contains(QStringLiteral("Giulia Rossi")));
    // Second person, Enter in the e-mail field.
    typeInto(LeadField::LastName, QStringLiteral("Σοφία Νικολάου"));
    typeInto(LeadField::Email, QStringLiteral("sofia@naftiliaki.gr"));
    QTest::keyClick(m_window->field(LeadField::Email), Qt::Key_Return);
    QCOMPARE(m_ws->leads().count(), 2);
    QCOMPARE(counters->text(), QStringLiteral("Today: 2 · At this event: 2"));
}

void tst_CaptureWindow::invalidInputKeepsTheForm()
{
    typeInto(LeadField::FirstName, QStringLiteral("Ana"));
    typeInto(LeadField::Email, QStringLiteral("ana@empresa"));
    QTest::keyClick(m_window->field(LeadField::Email), Qt::Key_Return);
    QCOMPARE(m_ws->leads().count(), 0);
    QVERIFY(child<QLabel>(m_window.get(), QStringLiteral("captureError"))->text().contains(QStringLiteral("E-mail")));
    QCOMPARE(m_window->field(LeadField::FirstName)->text(), QStringLiteral("Ana")); // nothing lost
    QVERIFY(m_window->field(LeadField::Email)->hasFocus());
    typeText(m_window->field(LeadField::Email), QStringLiteral(".com.br"));
    QTest::keyClick(m_window->field(LeadField::Email), Qt::Key_Return);
    QCOMPARE(m_ws->leads().count(), 1);
}

void tst_CaptureWindow::scanVCardWithEnterBetweenLines()
{
    // A badge scanner types into whatever field has the focus, one key at a time, Enter at line ends.
    QLineEdit *first = m_window->field(LeadField::FirstName);
    first->setFocus();
    const QStringList lines{QStringLiteral("BEGIN:VCARD"), QStringLiteral("VERSION:3.0"),
                            QStringLiteral("N:Walker;Tom;;;"), QStringLiteral("ORG:Walker Partners"),
                            QStringLiteral("TITLE:Head of Marketing"), QStringLiteral("EMAIL:tom@walker.co.uk"),
                            QStringLiteral("TEL:+44 20 7946 0958"), QStringLiteral("END:VCARD")};
    for (const QString &line : lines) {
        QTest::keyClicks(QApplication::focusWidget(), line);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    }
    QCOMPARE(m_ws->leads().count(), 0); // the Enters of the card did not save anything
    QCOMPARE(m_window->field(LeadField::FirstName)->text(), QStringLiteral("Tom"));
    QCOMPARE(m_window->field(LeadField::LastName)->text(), QStringLiteral("Walker"));
    QCOMPARE(m_window->field(LeadField::Company)->text(), QStringLiteral("Walker Partners"));
    QCOMPARE(m_window->field(LeadField::JobTitle)->text(), QStringLiteral("Head of Marketing"));
    QCOMPARE(m_window->field(LeadField::Email)->text(), QStringLiteral("tom@walker.co.uk"));
    QCOMPARE(m_window->field(LeadField::Phone)->text(), QStringLiteral("+44 20 7946 0958"));
    grabIfAsked(m_window.get(), "capture-scanned");
    QTest::mouseClick(child<QPushButton>(m_window.get(), QStringLiteral("saveCapture")), Qt::LeftButton);
    QCOMPARE(m_ws->leads().count(), 1);
}

void tst_CaptureWindow::scanMeCardInOneLine()
{
    QLineEdit *company = m_window->field(LeadField::Company);
    company->setFocus();
    QTest::keyClicks(company, QStringLiteral("MECARD:N:Costa,Rafael;EMAIL:rafael@silvalogistic.com.br;ORG:Silva Logistica;;"));
    QTest::keyClick(company, Qt::Key_Return);
    QCOMPARE(m_ws->leads().count(), 0);
    QCOMPARE(m_window->field(LeadField::FirstName)->text(), QStringLiteral("Rafael"));
    QCOMPARE(m_window->field(LeadField::Company)->text(), QStringLiteral("Silva Logistica"));
    QCOMPARE(m_window->field(LeadField::Email)->text(), QStringLiteral("rafael@silvalogistic.com.br"));
    // key=value in the notes' neighbour fields works the same.
    m_window->clearForm();
    QLineEdit *phone = m_window->field(LeadField::Phone);
    phone->setFocus();
    QTest::keyClicks(phone, QStringLiteral("name=Lucia Garcia;email=lucia@soluciones.es;company=Soluciones SL"));
    QTest::keyClick(phone, Qt::Key_Return);
    QCOMPARE(m_window->field(LeadField::LastName)->text(), QStringLiteral("Garcia"));
    QVERIFY(m_window->field(LeadField::Phone)->text().isEmpty());
}

void tst_CaptureWindow::duplicateShownAndUpdatedInstead()
{
    Lead existing;
    existing.firstName = QStringLiteral("Claire");
    existing.lastName = QStringLiteral("Dubois");
    existing.email = QStringLiteral("claire.dubois@atelier.fr");
    const qint64 id = m_ws->leads().create(existing);
    typeInto(LeadField::Email, QStringLiteral("Claire.Dubois@atelier.fr"));
    auto *list = child<QListWidget>(m_window.get(), QStringLiteral("captureDuplicates"));
    QTRY_COMPARE(list->count(), 1);
    QVERIFY(list->item(0)->text().contains(QStringLiteral("same e-mail")));
    grabIfAsked(m_window.get(), "capture-duplicate");
    list->setCurrentRow(0);
    QTest::mouseClick(child<QPushButton>(m_window.get(), QStringLiteral("updateInstead")), Qt::LeftButton);
    QCOMPARE(m_window->updatingLeadId(), id);
    typeInto(LeadField::Phone, QStringLiteral("+33 6 11 22 33 44"));
    QTest::keyClick(m_window->field(LeadField::Phone), Qt::Key_Return);
    QCOMPARE(m_ws->leads().count(), 1);
    QCOMPARE(m_ws->leads().get(id).phone, QStringLiteral("+33 6 11 22 33 44"));
    QCOMPARE(m_window->updatingLeadId(), 0); // the next person is new again
}

void tst_CaptureWindow::draftComesBackAfterLeaving()
{
    typeInto(LeadField::FirstName, QStringLiteral("Half"));
    typeInto(LeadField::Company, QStringLiteral("Typed Ltd"));
    QTest::keyClick(m_window.get(), Qt::Key_Escape);
    QTRY_VERIFY(!m_window->isVisible());
    CaptureWindow again(*m_ws, m_event);
    again.show();
    QCOMPARE(again.field(LeadField::FirstName)->text(), QStringLiteral("Half"));
    QCOMPARE(again.field(LeadField::Company)->text(), QStringLiteral("Typed Ltd"));
    QCOMPARE(m_ws->leads().count(), 0);
}

void tst_CaptureWindow::killedRightAfterSaveKeepsTheLead()
{
    // A child process types a lead, saves it, says so, and is killed at once (kill -9, no clean-up).
    m_window.reset();
    const QString path = m_ws->path();
    m_ws.reset();
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--capture-child"), path, QString::number(m_event)});
    QVERIFY(child.waitForStarted());
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += child.readAllStandardOutput()).contains("saved"), 30000);
    ::kill(pid_t(child.processId()), SIGKILL);
    child.waitForFinished();
    auto ws = Workspace::open(path);
    QCOMPARE(ws->leads().count(), 1);
    const Lead lead = ws->leads().get(Query(ws->db(), "SELECT max(id) FROM leads").scalar().toLongLong());
    QCOMPARE(lead.lastName, QStringLiteral("Persistent"));
    QCOMPARE(TradeShow(*ws).capturedAt(m_event), 1);
}

void tst_CaptureWindow::pageCreatesEventSummarisesAndAssigns()
{
    m_window.reset();
    Rep rep;
    rep.name = QStringLiteral("Sara Greco");
    const qint64 repId = m_ws->reps().add(rep);
    QUndoStack undo;
    TradeShowPage page;
    page.resize(1300, 800);
    page.setWorkspace(m_ws.get(), &undo);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    onNextModal([](QWidget *dialog) {
        typeText(dialog->findChild<QLineEdit *>(QStringLiteral("eventName")), QStringLiteral("Web Summit Lisboa"));
        auto *cost = dialog->findChild<QDoubleSpinBox *>(QStringLiteral("eventCost"));
        cost->selectAll();
        QTest::keyClicks(cost, QStringLiteral("9000"));
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>(&page, QStringLiteral("newEventButton")), Qt::LeftButton);
    const qint64 event = page.currentEvent();
    QVERIFY(event != 0 && event != m_event);
    QCOMPARE(m_ws->campaigns().find(event)->cost, 9000.0);
    TradeShow show(*m_ws);
    auto *summary = child<QLabel>(&page, QStringLiteral("eventSummary"));
    for (int i = 0; i < 3; ++i) {
        CaptureInput in;
        in.lastName = QStringLiteral("Visitor %1").arg(i);
        in.interest = i == 0 ? Temperature::Hot : Temperature::Cold;
        show.capture(event, in);
        if (i == 0) // one lead, not "1 leads"
            QTRY_VERIFY2(summary->text().startsWith(QStringLiteral("1 lead captured (1 new")), qPrintable(summary->text()));
    }
    QTRY_VERIFY(summary->text().startsWith(QStringLiteral("3 leads captured")));
    QVERIFY(summary->text().contains(QStringLiteral("hot 1")));
    QVERIFY(summary->text().contains(QLocale().toCurrencyString(3000.0)));
    QCOMPARE(child<QTreeWidget>(&page, QStringLiteral("eventLeads"))->topLevelItemCount(), 3);
    grabIfAsked(&page, "tradeshow-page");
    onNextModal([](QWidget *dialog) {
        auto *list = dialog->findChild<QListWidget *>(QStringLiteral("repChoices"));
        list->item(0)->setCheckState(Qt::Checked);
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>(&page, QStringLiteral("assignEventLeads")), Qt::LeftButton);
    QCOMPARE(Query(m_ws->db(), "SELECT count(*) FROM leads WHERE owner_id = ?", repId).scalar().toInt(), 3);
    QTRY_VERIFY(summary->text().endsWith(QStringLiteral("0 without an owner")));
    // Capture mode opens full screen for the selected event.
    QTest::mouseClick(child<QPushButton>(&page, QStringLiteral("startCaptureButton")), Qt::LeftButton);
    QTRY_VERIFY(page.captureWindow() && page.captureWindow()->isVisible());
    QVERIFY(page.captureWindow()->isFullScreen());
    page.captureWindow()->close();
}

// The child of killedRightAfterSaveKeepsTheLead: types a lead in a real capture window and saves it.
static int captureChild(const QString &path, qint64 event)
{
    auto ws = Workspace::open(path);
    CaptureWindow window(*ws, event);
    window.show();
    window.field(LeadField::FirstName)->setFocus();
    QTest::keyClicks(window.field(LeadField::FirstName), QStringLiteral("Very"));
    QTest::keyClicks(window.field(LeadField::LastName), QStringLiteral("Persistent"));
    QTest::keyClick(window.field(LeadField::LastName), Qt::Key_Return);
    std::printf("saved\n");
    std::fflush(stdout);
    for (;;)
        QTest::qWait(1000); // killed here
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc == 4 && QByteArray(argv[1]) == "--capture-child")
        return captureChild(QString::fromLocal8Bit(argv[2]), QByteArray(argv[3]).toLongLong());
    tst_CaptureWindow test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_capturewindow.moc"
