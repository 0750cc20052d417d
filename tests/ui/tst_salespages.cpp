#include "GuiTestSupport.h"
#include "TestSupport.h"

#include "leads/LeadDetailPanel.h"
#include "queue/QueuePage.h"
#include "queue/RoutingDialog.h"

#include "distribution/RepRepository.h"
#include "distribution/Router.h"
#include "leads/LeadRepository.h"
#include "qualification/Qualification.h"
#include "storage/Query.h"
#include "tasks/TaskRepository.h"
#include "workspace/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QUndoStack>

using namespace GuiTest;

// BANT, the queue and the routing dialog, driven as a rep and a sales manager would.
class tst_SalesPages : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void bantDialogShowsOutcomeAndQualifies();
    void bantToNurturingNeedsReason();
    void queueLogsACallWithOneKey();
    void routingDialogEditsRulesAndPreviews();

private:
    QString grabIfAsked(QWidget *w, const char *name);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;
    QUndoStack m_undo;
    qint64 m_rep = 0;
    qint64 m_lead = 0;
};

void tst_SalesPages::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_ws = TestSupport::createWorkspace(m_dir->filePath(QStringLiteral("s.leadbench")));
    Rep r;
    r.name = QStringLiteral("Claire Dubois");
    r.team = QStringLiteral("EU West");
    m_rep = m_ws->reps().add(r);
    Lead l;
    l.firstName = QStringLiteral("Marco");
    l.lastName = QStringLiteral("Bianchi");
    l.company = QStringLiteral("Impianti Bianchi");
    l.score = 75;
    l.stage = Stage::MQL;
    l.ownerId = m_rep;
    m_lead = m_ws->leads().create(l);
    m_undo.clear();
}

void tst_SalesPages::cleanup()
{
    m_undo.clear();
    m_ws.reset();
    m_dir.reset();
}

QString tst_SalesPages::grabIfAsked(QWidget *w, const char *name)
{
    const QString folder = qEnvironmentVariable("LEADBENCH_SCREENSHOTS");
    if (folder.isEmpty())
        return QString();
    const QString path = folder + QLatin1Char('/') + QString::fromLatin1(name) + QStringLiteral(".png");
    w->grab().save(path);
    return path;
}

void tst_SalesPages::bantDialogShowsOutcomeAndQualifies()
{
    LeadDetailPanel panel;
    panel.setWorkspace(m_ws.get(), &m_undo);
    panel.setLead(m_lead);
    panel.resize(700, 800);
    panel.show();
    onNextModal([this](QWidget *dialog) {
        auto *outcome = dialog->findChild<QLabel *>(QStringLiteral("bantOutcome"));
        QVERIFY(outcome->text().contains(QStringLiteral("Nurturing")));
        for (const char *name : {"budget_1", "need_1", "timing_1"})
            QTest::mouseClick(dialog->findChild<QRadioButton *>(QString::fromLatin1(name)), Qt::LeftButton);
        QVERIFY(outcome->text().contains(QStringLiteral("3 of 4")));
        auto *authority = dialog->findChild<QComboBox *>(QStringLiteral("authority"));
        authority->setCurrentIndex(authority->findData(int(BantAnswers::Authority::DecisionMaker)));
        QVERIFY(outcome->text().contains(QStringLiteral("Accepting moves the lead to SQL")));
        QTest::mouseClick(dialog->findChild<QCheckBox *>(QStringLiteral("createDeal")), Qt::LeftButton, {}, QPoint(6, 6));
        grabIfAsked(dialog, "bant-dialog");
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>(&panel, QStringLiteral("qualifyButton")), Qt::LeftButton);
    QCOMPARE(m_ws->leads().get(m_lead).stage, Stage::Opportunity);
    QCOMPARE(Query(m_ws->db(), "SELECT count(*) FROM deals WHERE lead_id = ?", m_lead).scalar().toInt(), 1);
    QCOMPARE(Qualification(*m_ws).history(m_lead).size(), 1);
    auto *sales = child<QTreeWidget>(&panel, QStringLiteral("salesHistory"));
    QTRY_VERIFY(sales->topLevelItem(1)->text(1).endsWith(QStringLiteral("(1)")));
    m_undo.undo();
    QCOMPARE(m_ws->leads().get(m_lead).stage, Stage::MQL);
    QCOMPARE(Query(m_ws->db(), "SELECT count(*) FROM deals").scalar().toInt(), 0);
}

void tst_SalesPages::bantToNurturingNeedsReason()
{
    LeadDetailPanel panel;
    panel.setWorkspace(m_ws.get(), &m_undo);
    panel.setLead(m_lead);
    panel.show();
    // Through "Change stage" to SQL: the BANT dialog takes over.
    onNextModal([](QWidget *stageDialog) {
        auto *combo = stageDialog->findChild<QComboBox *>(QStringLiteral("stageCombo"));
        combo->setCurrentIndex(combo->findData(int(Stage::SQL)));
        onNextModal([](QWidget *bant) {
            QVERIFY(bant->objectName() == QStringLiteral("bantDialog"));
            QString refusal;
            captureNextMessage(&refusal);
            QTest::mouseClick(bant->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
            QVERIFY(refusal.contains(QStringLiteral("reason")));
            typeText(bant->findChild<QLineEdit *>(QStringLiteral("nurtureReason")), QStringLiteral("Budget frozen until 2027"));
            QTest::mouseClick(bant->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        });
        QTest::mouseClick(stageDialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>(&panel, QStringLiteral("changeStageButton")), Qt::LeftButton);
    QTRY_COMPARE(m_ws->leads().get(m_lead).stage, Stage::Nurturing);
    QCOMPARE(m_ws->tasks().forLead(m_lead).size(), 1);
    QVERIFY(m_ws->leads().stageHistory(m_lead).first().reason.contains(QStringLiteral("Budget frozen")));
}

void tst_SalesPages::queueLogsACallWithOneKey()
{
    Task t;
    t.leadId = m_lead;
    t.repId = m_rep;
    t.title = QStringLiteral("Call about the quote");
    t.dueAt = QDateTime::currentMSecsSinceEpoch() - 3600000;
    m_ws->tasks().add(t);
    QueuePage page;
    page.setWorkspace(m_ws.get(), &m_undo);
    page.setCurrentRepByName(QStringLiteral("claire dubois"));
    page.resize(1200, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.refresh();
    QTreeWidget *queue = page.queueList();
    QCOMPARE(queue->topLevelItemCount(), 1);
    QCOMPARE(queue->topLevelItem(0)->text(0), QStringLiteral("Overdue"));
    grabIfAsked(&page, "queue-page");
    typeText(child<QLineEdit>(&page, QStringLiteral("callNote")), QStringLiteral("asked for the price list"));
    queue->setFocus();
    QTest::keyClick(queue, Qt::Key_2); // no answer
    const auto activities = m_ws->leads().activities(m_lead);
    QCOMPARE(activities.first().type, ActivityType::Call);
    QCOMPARE(activities.first().detail, QStringLiteral("No answer: asked for the price list"));
    const auto next = m_ws->tasks().nextOpenForLead(m_lead);
    QVERIFY(next);
    QVERIFY(next->dueAt > QDateTime::currentMSecsSinceEpoch());
    QTRY_COMPARE(queue->topLevelItemCount(), 0); // planned for later: out of the queue for now
    QCOMPARE(page.taskList()->topLevelItemCount(), 1);
    m_undo.undo();
    QVERIFY(m_ws->leads().activities(m_lead).isEmpty());
    page.refresh();
    QCOMPARE(queue->topLevelItemCount(), 1);
}

void tst_SalesPages::routingDialogEditsRulesAndPreviews()
{
    Rep italy;
    italy.name = QStringLiteral("Giulia Conti");
    italy.team = QStringLiteral("EU South");
    const qint64 italyId = m_ws->reps().add(italy);
    for (int i = 0; i < 3; ++i) {
        Lead l;
        l.lastName = QStringLiteral("Rossi %1").arg(i);
        l.country = QStringLiteral("Italy");
        m_ws->leads().create(l);
    }
    RoutingDialog dialog(*m_ws);
    dialog.show();
    dialog.tabs()->setCurrentIndex(1);
    QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("addRuleButton")), Qt::LeftButton);
    auto *name = child<QLineEdit>(&dialog, QStringLiteral("ruleName"));
    name->selectAll();
    typeText(name, QStringLiteral("Italia"));
    QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("addConditionButton")), Qt::LeftButton);
    auto *conditions = child<QTableWidget>(&dialog, QStringLiteral("ruleConditions"));
    auto *field = static_cast<QComboBox *>(conditions->cellWidget(0, 0));
    field->setCurrentIndex(field->findData(int(LeadField::Country)));
    conditions->item(0, 2)->setText(QStringLiteral("italy"));
    QTest::mouseClick(child<QRadioButton>(&dialog, QStringLiteral("toTeam")), Qt::LeftButton);
    child<QComboBox>(&dialog, QStringLiteral("ruleTeam"))->setCurrentText(QStringLiteral("EU South"));
    dialog.tabs()->setCurrentIndex(2);
    QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("previewButton")), Qt::LeftButton);
    auto *preview = child<QTableWidget>(&dialog, QStringLiteral("previewLeads"));
    int toGiulia = 0;
    for (int row = 0; row < preview->rowCount(); ++row) {
        if (preview->item(row, 2)->text() == QStringLiteral("Giulia Conti")) {
            ++toGiulia;
            QVERIFY(preview->item(row, 3)->text().contains(QStringLiteral("Italia")));
        }
    }
    QCOMPARE(toGiulia, 6); // the 3 recent Italian leads, and the same 3 among today's unassigned
    QVERIFY(Router(*m_ws).config().rules.isEmpty()); // nothing saved by a preview
    grabIfAsked(&dialog, "routing-preview");
    QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    const RoutingConfig saved = Router(*m_ws).config();
    QCOMPARE(saved.rules.size(), 1);
    QCOMPARE(saved.rules.first().targetTeam, QStringLiteral("EU South"));
    QCOMPARE(Router(*m_ws).route(Query(m_ws->db(), "SELECT max(id) FROM leads").scalar().toLongLong()).repId, italyId);
}

QTEST_MAIN(tst_SalesPages)
#include "tst_salespages.moc"
