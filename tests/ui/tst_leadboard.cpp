#include "GuiTestSupport.h"
#include "TestSupport.h"

#include "leads/LeadTableModel.h"
#include "pipeline/BoardColumnView.h"
#include "pipeline/LeadBoard.h"
#include "pipeline/PipelinePage.h"

#include "leads/LeadRepository.h"
#include "pipeline/DealRepository.h"
#include "qualification/Qualification.h"
#include "storage/Query.h"
#include "tasks/TaskRepository.h"
#include "workspace/Workspace.h"

#include <QDialogButtonBox>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QRadioButton>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace GuiTest;

namespace {
// A qualification check standing in for the BANT dialog: it sends the lead to Nurturing instead.
class NotNowGate : public LeadMoveGate
{
public:
    std::optional<Decision> decide(QWidget *, Workspace &, const Lead &, Stage to) override
    {
        asked = to;
        return Decision{Stage::Nurturing, QStringLiteral("BANT: timing not before next year")};
    }
    Stage asked = Stage::Lead;
};
} // namespace

// The lifecycle as a board: leads dragged between stages, the reason asked for SQL, undo, the gate.
class tst_LeadBoard : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void columnsAreStagesWithCounts();
    void dragToSqlAsksForAReason();
    void dragToSqlQualifiesWithBant();
    void failedBantSendsToNurturingWithAFollowUp();
    void cancellingTheReasonChangesNothing();
    void keyboardMoveWithoutJudgementNeedsNoDialog();
    void aQualificationGateCanBeSwappedIn();
    void doubleClickAndEnterOpenTheLead();

private:
    int columnOf(Stage stage);
    void drag(BoardColumnView *from, int row, BoardColumnView *to);
    int rowOfLead(Stage stage, qint64 leadId);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<PipelinePage> m_page;
    LeadBoard *m_board = nullptr;
    qint64 m_mql = 0;
};

void tst_LeadBoard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_LeadBoard::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_ws = TestSupport::createWorkspace(m_dir->filePath(QStringLiteral("l.leadbench")), 400);
    Lead l;
    l.firstName = QStringLiteral("Élodie");
    l.lastName = QStringLiteral("Moreau");
    l.company = QStringLiteral("Atelier Moreau SAS");
    l.stage = Stage::MQL;
    l.score = 55;
    m_mql = m_ws->leads().create(l); // the newest: first in its column
    m_undo = std::make_unique<QUndoStack>();
    m_page = std::make_unique<PipelinePage>();
    m_page->resize(1900, 900);
    m_page->setWorkspace(m_ws.get(), m_undo.get());
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_page->tabs()->setCurrentIndex(1);
    m_board = m_page->leadBoard();
    QTRY_VERIFY(m_board->view(0)->viewport()->height() > 100);
}

void tst_LeadBoard::cleanup()
{
    m_page.reset();
    m_undo.reset();
    m_ws.reset();
    m_dir.reset();
}

int tst_LeadBoard::columnOf(Stage stage)
{
    for (int i = 0; i < m_board->columnCount(); ++i) {
        if (m_board->stage(i) == stage)
            return i;
    }
    return -1;
}

int tst_LeadBoard::rowOfLead(Stage stage, qint64 leadId)
{
    return m_board->model(columnOf(stage))->rowOf(leadId);
}

void tst_LeadBoard::drag(BoardColumnView *from, int row, BoardColumnView *to)
{
    const QPoint start = from->visualRect(from->model()->index(row, 0)).center();
    QTest::mousePress(from->viewport(), Qt::LeftButton, {}, start);
    QTest::mouseMove(from->viewport(), start + QPoint(20, 0));
    QTest::mouseMove(to->viewport(), QPoint(40, 30));
    QTest::mouseRelease(to->viewport(), Qt::LeftButton, {}, QPoint(40, 30));
}

void tst_LeadBoard::columnsAreStagesWithCounts()
{
    QCOMPARE(m_board->columnCount(), Lifecycle::allStages().size());
    for (int i = 0; i < m_board->columnCount(); ++i) {
        LeadFilter f;
        f.stages = {m_board->stage(i)};
        LeadPager pager(m_ws->db());
        pager.setSpec(LeadPager::Spec{f, LeadSort::Stage, Qt::DescendingOrder});
        QCOMPARE(qint64(m_board->model(i)->rowCount()), pager.count());
        QVERIFY2(m_board->header(i)->text().startsWith(Lifecycle::displayName(m_board->stage(i))),
                 qPrintable(m_board->header(i)->text()));
    }
    QCOMPARE(rowOfLead(Stage::MQL, m_mql), 0);
    // The search narrows every column.
    QTest::keyClicks(m_page->searchField(), QStringLiteral("elodie moreau"));
    QTRY_COMPARE(m_board->model(columnOf(Stage::MQL))->rowCount(), 1);
    QCOMPARE(m_board->model(columnOf(Stage::Subscriber))->rowCount(), 0);
}

void tst_LeadBoard::dragToSqlAsksForAReason()
{
    // Without the BANT gate (the board's default), a judgement move asks for a reason.
    m_board->setMoveGate(std::make_unique<ReasonMoveGate>());
    BoardColumnView *mql = m_board->view(columnOf(Stage::MQL));
    BoardColumnView *sql = m_board->view(columnOf(Stage::SQL));
    const int sqlBefore = m_board->model(columnOf(Stage::SQL))->rowCount();
    const int mqlBefore = m_board->model(columnOf(Stage::MQL))->rowCount();
    QString message;
    onNextModal([&](QWidget *w) {
        QCOMPARE(w->objectName(), QStringLiteral("leadMoveReasonDialog"));
        // Without a reason: refused, the dialog stays.
        captureNextMessage(&message);
        QTest::mouseClick(w->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QVERIFY(w->isVisible());
        typeText(child<QLineEdit>(w, QStringLiteral("leadMoveReason")), QStringLiteral("Budget and timing confirmed"));
        QTest::mouseClick(w->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    });
    drag(mql, 0, sql);
    QTRY_COMPARE(m_ws->leads().get(m_mql).stage, Stage::SQL);
    QVERIFY2(message.contains(QStringLiteral("reason")), qPrintable(message));
    QCOMPARE(m_ws->leads().stageHistory(m_mql).first().reason, QStringLiteral("Budget and timing confirmed"));
    QTRY_COMPARE(m_board->model(columnOf(Stage::SQL))->rowCount(), sqlBefore + 1);
    QTRY_COMPARE(m_board->model(columnOf(Stage::MQL))->rowCount(), mqlBefore - 1);
    QVERIFY(m_board->header(columnOf(Stage::SQL))->text().contains(QLocale().toString(sqlBefore + 1)));
    m_undo->undo();
    QCOMPARE(m_ws->leads().get(m_mql).stage, Stage::MQL);
    QTRY_COMPARE(m_board->model(columnOf(Stage::SQL))->rowCount(), sqlBefore);
    QTRY_COMPARE(rowOfLead(Stage::MQL, m_mql), 0);
}

void tst_LeadBoard::dragToSqlQualifiesWithBant()
{
    // The pipeline page's gate: dropping on SQL opens the BANT dialog; all four met plus "create a deal"
    // makes the lead an Opportunity with its deal on the deal board; one undo puts everything back.
    const qint64 dealsBefore = m_ws->deals().count();
    bool asked = false;
    onNextModal([&](QWidget *w) {
        asked = true;
        QCOMPARE(w->objectName(), QStringLiteral("bantDialog"));
        for (const char *name : {"budget_1", "need_1", "timing_1"})
            QTest::mouseClick(w->findChild<QRadioButton *>(QString::fromLatin1(name)), Qt::LeftButton);
        auto *authority = w->findChild<QComboBox *>(QStringLiteral("authority"));
        authority->setCurrentIndex(authority->findData(int(BantAnswers::Authority::DecisionMaker)));
        QTest::mouseClick(w->findChild<QCheckBox *>(QStringLiteral("createDeal")), Qt::LeftButton, {}, QPoint(6, 6));
        QTest::mouseClick(w->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    });
    drag(m_board->view(columnOf(Stage::MQL)), 0, m_board->view(columnOf(Stage::SQL)));
    QTRY_VERIFY(asked);
    QTRY_COMPARE(m_ws->leads().get(m_mql).stage, Stage::Opportunity);
    QCOMPARE(Qualification(*m_ws).history(m_mql).size(), 1);
    QCOMPARE(m_ws->deals().count(), dealsBefore + 1);
    const qint64 dealId = Query(m_ws->db(), "SELECT id FROM deals WHERE lead_id = ?", m_mql).scalar().toLongLong();
    // Created through the deal repository: its first stage is in the deal's history.
    QCOMPARE(m_ws->deals().history(dealId).size(), 1);
    QTRY_VERIFY(rowOfLead(Stage::Opportunity, m_mql) >= 0);
    QCOMPARE(m_undo->count(), 1);
    m_undo->undo();
    QCOMPARE(m_ws->leads().get(m_mql).stage, Stage::MQL);
    QCOMPARE(m_ws->deals().count(), dealsBefore);
    QCOMPARE(Qualification(*m_ws).history(m_mql).size(), 0);
    QTRY_COMPARE(rowOfLead(Stage::MQL, m_mql), 0);
}

void tst_LeadBoard::failedBantSendsToNurturingWithAFollowUp()
{
    onNextModal([&](QWidget *w) {
        QCOMPARE(w->objectName(), QStringLiteral("bantDialog"));
        QTest::mouseClick(w->findChild<QRadioButton *>(QStringLiteral("budget_1")), Qt::LeftButton);
        typeText(w->findChild<QLineEdit *>(QStringLiteral("nurtureReason")), QStringLiteral("No budget owner yet"));
        QTest::mouseClick(w->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    });
    drag(m_board->view(columnOf(Stage::MQL)), 0, m_board->view(columnOf(Stage::SQL)));
    QTRY_COMPARE(m_ws->leads().get(m_mql).stage, Stage::Nurturing);
    QVERIFY(m_ws->leads().stageHistory(m_mql).first().reason.contains(QStringLiteral("No budget owner yet")));
    QCOMPARE(m_ws->tasks().forLead(m_mql).size(), 1);
    QTRY_VERIFY(rowOfLead(Stage::Nurturing, m_mql) >= 0);
}

void tst_LeadBoard::cancellingTheReasonChangesNothing()
{
    bool asked = false;
    onNextModal([&](QWidget *w) {
        asked = true;
        QTest::keyClick(w, Qt::Key_Escape);
    });
    drag(m_board->view(columnOf(Stage::MQL)), 0, m_board->view(columnOf(Stage::Disqualified)));
    QTRY_VERIFY(asked);
    QTest::qWait(30);
    QCOMPARE(m_ws->leads().get(m_mql).stage, Stage::MQL);
    QCOMPARE(m_undo->count(), 0);
}

void tst_LeadBoard::keyboardMoveWithoutJudgementNeedsNoDialog()
{
    // Lead -> Ctrl+Right -> MQL: a forward move that is not a judgement call, recorded as moved on the board.
    Lead l;
    l.lastName = QStringLiteral("Keyboard Mover");
    const qint64 id = m_ws->leads().create(l);
    QCOMPARE(m_ws->leads().get(id).stage, Stage::Lead);
    QTRY_VERIFY(rowOfLead(Stage::Lead, id) >= 0);
    BoardColumnView *lead = m_board->view(columnOf(Stage::Lead));
    const QModelIndex index = lead->model()->index(rowOfLead(Stage::Lead, id), 0);
    lead->scrollTo(index);
    QTest::mouseClick(lead->viewport(), Qt::LeftButton, {}, lead->visualRect(index).center());
    QTest::keyClick(lead, Qt::Key_Right, Qt::ControlModifier);
    QCOMPARE(m_ws->leads().get(id).stage, Stage::MQL);
    QCOMPARE(m_ws->leads().stageHistory(id).first().reason, QStringLiteral("Moved on the lead board"));
    QVERIFY(m_board->view(columnOf(Stage::MQL))->hasFocus());
    m_undo->undo();
    QCOMPARE(m_ws->leads().get(id).stage, Stage::Lead);
}

void tst_LeadBoard::aQualificationGateCanBeSwappedIn()
{
    auto gate = std::make_unique<NotNowGate>();
    NotNowGate *g = gate.get();
    m_board->setMoveGate(std::move(gate));
    drag(m_board->view(columnOf(Stage::MQL)), 0, m_board->view(columnOf(Stage::SQL)));
    QTRY_COMPARE(m_ws->leads().get(m_mql).stage, Stage::Nurturing);
    QCOMPARE(g->asked, Stage::SQL);
    QCOMPARE(m_ws->leads().stageHistory(m_mql).first().reason, QStringLiteral("BANT: timing not before next year"));
}

void tst_LeadBoard::doubleClickAndEnterOpenTheLead()
{
    QSignalSpy opened(m_board, &LeadBoard::openLeadRequested);
    BoardColumnView *mql = m_board->view(columnOf(Stage::MQL));
    QTRY_VERIFY(rowOfLead(Stage::MQL, m_mql) >= 0);
    const QModelIndex index = mql->model()->index(rowOfLead(Stage::MQL, m_mql), 0);
    mql->scrollTo(index);
    QTest::mouseDClick(mql->viewport(), Qt::LeftButton, {}, mql->visualRect(index).center());
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first().first().toLongLong(), m_mql);
    QTest::mouseClick(mql->viewport(), Qt::LeftButton, {}, mql->visualRect(index).center());
    QTest::keyClick(mql, Qt::Key_Return);
    QCOMPARE(opened.size(), 2);
    QCOMPARE(opened.last().first().toLongLong(), m_mql);
    QCOMPARE(m_ws->leads().get(m_mql).stage, Stage::MQL); // opening moves nothing
}

QTEST_MAIN(tst_LeadBoard)
#include "tst_leadboard.moc"
