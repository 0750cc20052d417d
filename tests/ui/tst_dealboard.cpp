#include "GuiTestSupport.h"
#include "TestSupport.h"

#include "MainWindow.h"
#include "pipeline/BoardColumnView.h"
#include "pipeline/CloseDealDialog.h"
#include "pipeline/DealCardDelegate.h"
#include "pipeline/DealBoard.h"
#include "pipeline/DealColumnModel.h"
#include "pipeline/DealEditorDialog.h"
#include "pipeline/PipelinePage.h"
#include "pipeline/PipelineSettingsDialog.h"

#include "distribution/RepRepository.h"
#include "leads/LeadRepository.h"
#include "pipeline/DealRepository.h"
#include "pipeline/PipelineRepository.h"
#include "settings/Settings.h"
#include "storage/Transaction.h"
#include "workspace/Workspace.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QToolButton>
#include <QUndoStack>

using namespace GuiTest;

// The deal board as a person uses it: cards dragged with the mouse (QTest press, move, release),
// dialogs answered, keys, filters, the editor and the pipeline's settings.
class tst_DealBoard : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cardsShowWhatTheIssueAsks();
    void dragBetweenColumnsUpdatesTotalsAndUndoes();
    void dragWithTheMouseGrabbedBySourceColumn();
    void dropOnWonAsksForDateAndReason();
    void dropOnLostNeedsAReasonAndCancelChangesNothing();
    void dragWithinAColumnReorders();
    void keyboardMovesCards();
    void filtersNarrowCardsAndTotals();
    void doubleClickOpensTheDealAndEditsAreUndoable();
    void newDealWithLeadPicker();
    void pipelineSettingsAddAndRefuse();
    void bigColumnReadsWindowsOnly();
    void pipelinePageInMainWindow();

private:
    BoardColumnView *column(const QString &stageName);
    DealColumnModel *model(const QString &stageName);
    QPoint cardCenter(BoardColumnView *view, int row);
    void drag(BoardColumnView *from, int row, BoardColumnView *to, const QPoint &at);
    QList<QString> titles(const QString &stageName);
    const StageTotals &totals(const QString &stageName);
    Deal deal(qint64 id) { return m_ws->deals().get(id); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<PipelinePage> m_page;
    DealBoard *m_board = nullptr;
    qint64 m_claire = 0, m_marco = 0, m_lead = 0;
    qint64 m_a = 0, m_b = 0, m_c = 0, m_d = 0, m_e = 0;
};

void tst_DealBoard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_DealBoard::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_ws = TestSupport::createWorkspace(m_dir->filePath(QStringLiteral("b.leadbench")));
    m_claire = m_ws->reps().add(Rep{0, QStringLiteral("Claire Dubois"), QString(), QString(), true});
    m_marco = m_ws->reps().add(Rep{0, QStringLiteral("Marco Rossi"), QString(), QString(), true});
    Lead l;
    l.firstName = QStringLiteral("Élodie");
    l.lastName = QStringLiteral("Moreau");
    l.company = QStringLiteral("Atelier Moreau SAS");
    l.stage = Stage::SQL;
    m_lead = m_ws->leads().create(l);
    const Pipeline p = m_ws->pipelines().get(m_ws->pipelines().ensureDefault());
    auto make = [&](const QString &title, double amount, const QString &stage, qint64 owner, qint64 lead = 0) {
        Deal d;
        d.title = title;
        d.company = title + QStringLiteral(" Ltd");
        d.amount = amount;
        d.stageId = p.stageNamed(stage)->id;
        d.ownerId = owner;
        if (lead)
            d.leadId = lead;
        d.expectedClose = QDate(2030, 1, 10).addDays(int(amount / 100));
        return m_ws->deals().create(d, DealPlacement::bottom()).id;
    };
    m_a = make(QStringLiteral("Alpha"), 1000, QStringLiteral("Qualified"), m_claire, m_lead);
    m_b = make(QStringLiteral("Bravo"), 2000, QStringLiteral("Qualified"), m_marco);
    m_c = make(QStringLiteral("Charlie"), 3000, QStringLiteral("Qualified"), m_marco);
    m_d = make(QStringLiteral("Delta"), 4000, QStringLiteral("Demo"), m_claire);
    m_e = make(QStringLiteral("Echo"), 5000, QStringLiteral("Negotiation"), m_claire);
    m_undo = std::make_unique<QUndoStack>();
    m_page = std::make_unique<PipelinePage>();
    m_page->resize(1700, 900);
    m_page->setWorkspace(m_ws.get(), m_undo.get());
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_board = m_page->dealBoard();
}

void tst_DealBoard::cleanup()
{
    m_page.reset();
    m_undo.reset();
    m_ws.reset();
    m_dir.reset();
}

BoardColumnView *tst_DealBoard::column(const QString &stageName)
{
    const int i = m_board->columnOfStage(m_board->pipeline().stageNamed(stageName)->id);
    return m_board->view(i);
}

DealColumnModel *tst_DealBoard::model(const QString &stageName)
{
    return m_board->model(m_board->columnOfStage(m_board->pipeline().stageNamed(stageName)->id));
}

const StageTotals &tst_DealBoard::totals(const QString &stageName)
{
    return m_board->totals(m_board->columnOfStage(m_board->pipeline().stageNamed(stageName)->id));
}

QList<QString> tst_DealBoard::titles(const QString &stageName)
{
    QList<QString> list;
    DealColumnModel *m = model(stageName);
    for (int r = 0; r < m->rowCount(); ++r)
        list << m->card(r)->title;
    return list;
}

QPoint tst_DealBoard::cardCenter(BoardColumnView *view, int row)
{
    return view->visualRect(view->model()->index(row, 0)).center();
}

void tst_DealBoard::drag(BoardColumnView *from, int row, BoardColumnView *to, const QPoint &at)
{
    // As the mouse does it: press on the card, move past the drag distance, move over the target
    // column, release there.
    const QPoint start = cardCenter(from, row);
    QTest::mousePress(from->viewport(), Qt::LeftButton, {}, start);
    QTest::mouseMove(from->viewport(), start + QPoint(0, 4));
    QTest::mouseMove(from->viewport(), start + QPoint(0, 20));
    QTest::mouseMove(to->viewport(), at + QPoint(0, -3));
    QTest::mouseMove(to->viewport(), at);
    QTest::mouseRelease(to->viewport(), Qt::LeftButton, {}, at);
}

void tst_DealBoard::cardsShowWhatTheIssueAsks()
{
    QCOMPARE(m_board->columnCount(), 6);
    QCOMPARE(titles(QStringLiteral("Qualified")), (QList<QString>{QStringLiteral("Alpha"), QStringLiteral("Bravo"),
                                                                  QStringLiteral("Charlie")}));
    const QString header = m_board->header(0)->text();
    QVERIFY2(header.contains(QStringLiteral("Qualified · 3")), qPrintable(header));
    QVERIFY2(header.contains(QLocale().toCurrencyString(6000.0, QStringLiteral("€"), 0)), qPrintable(header));
    QVERIFY2(header.contains(QLocale().toCurrencyString(600.0, QStringLiteral("€"), 0)), qPrintable(header)); // 10%
    // A card painted: the view shows it without a widget of its own.
    const QImage shot = column(QStringLiteral("Qualified"))->viewport()->grab().toImage();
    QVERIFY(!shot.isNull());
    QCOMPARE(column(QStringLiteral("Qualified"))->viewport()->findChildren<QWidget *>().size(), 0);
    // Days in stage, and the rotting mark past the stage's limit (14 days in Qualified).
    QCOMPARE(DealCardDelegate::daysInStage(QDateTime::currentMSecsSinceEpoch() - 3 * 86400000LL,
                                           QDateTime::currentMSecsSinceEpoch()),
             3);
    // The next step: none planned, upcoming, overdue.
    const QDateTime noon(QDate(2026, 11, 24), QTime(12, 0));
    const qint64 now = noon.toMSecsSinceEpoch();
    QCOMPARE(DealCardDelegate::nextStepText(0, now), QStringLiteral("No next step"));
    QCOMPARE(DealCardDelegate::nextStepText(noon.addDays(2).toMSecsSinceEpoch(), now),
             QStringLiteral("Next %1").arg(QLocale().toString(QDate(2026, 11, 26), QLocale::ShortFormat)));
    QCOMPARE(DealCardDelegate::nextStepText(noon.addDays(-1).toMSecsSinceEpoch(), now),
             QStringLiteral("Overdue %1").arg(QLocale().toString(QDate(2026, 11, 23), QLocale::ShortFormat)));
    QVERIFY(DealCardDelegate::nextStepText(noon.addSecs(-3600).toMSecsSinceEpoch(), now).startsWith(QStringLiteral("Overdue today")));
}

void tst_DealBoard::dragBetweenColumnsUpdatesTotalsAndUndoes()
{
    BoardColumnView *qualified = column(QStringLiteral("Qualified"));
    BoardColumnView *demo = column(QStringLiteral("Demo"));
    // Onto the top half of Delta: before it.
    const QRect delta = demo->visualRect(demo->model()->index(0, 0));
    drag(qualified, 0, demo, QPoint(delta.center().x(), delta.top() + 6));
    QTRY_COMPARE(deal(m_a).stageId, m_board->pipeline().stageNamed(QStringLiteral("Demo"))->id);
    QCOMPARE(titles(QStringLiteral("Demo")), (QList<QString>{QStringLiteral("Alpha"), QStringLiteral("Delta")}));
    QCOMPARE(titles(QStringLiteral("Qualified")), (QList<QString>{QStringLiteral("Bravo"), QStringLiteral("Charlie")}));
    QCOMPARE(totals(QStringLiteral("Demo")).count, 2);
    QCOMPARE(totals(QStringLiteral("Demo")).currencies.first().amount, 5000.0);
    QCOMPARE(totals(QStringLiteral("Demo")).currencies.first().weighted, 1250.0);
    QCOMPARE(totals(QStringLiteral("Qualified")).count, 2);
    QVERIFY(m_board->header(1)->text().contains(QStringLiteral("Demo · 2")));
    QCOMPARE(m_board->currentDealId(), m_a);
    QCOMPARE(m_undo->count(), 1);
    QVERIFY(!m_page->findChild<QLabel *>(QStringLiteral("dragGhost"))); // gone after the drop

    m_undo->undo();
    QTRY_COMPARE(titles(QStringLiteral("Qualified")), (QList<QString>{QStringLiteral("Alpha"), QStringLiteral("Bravo"),
                                                                      QStringLiteral("Charlie")}));
    QCOMPARE(deal(m_a).stageId, m_board->pipeline().stageNamed(QStringLiteral("Qualified"))->id);
    QTRY_COMPARE(totals(QStringLiteral("Demo")).count, 1);
    QVERIFY(m_board->header(1)->text().contains(QStringLiteral("Demo · 1")));
    m_undo->redo();
    QTRY_COMPARE(totals(QStringLiteral("Demo")).count, 2);
    QCOMPARE(titles(QStringLiteral("Demo")).first(), QStringLiteral("Alpha"));
}

void tst_DealBoard::dragWithTheMouseGrabbedBySourceColumn()
{
    // On a real screen the pressed column keeps receiving the moves and the release (mouse grab),
    // with positions outside its own area: the drop still lands where the cursor is.
    BoardColumnView *qualified = column(QStringLiteral("Qualified"));
    BoardColumnView *proposal = column(QStringLiteral("Proposal")); // empty
    const QPoint start = cardCenter(qualified, 1);
    const QPoint over = qualified->viewport()->mapFromGlobal(proposal->viewport()->mapToGlobal(QPoint(60, 40)));
    QTest::mousePress(qualified->viewport(), Qt::LeftButton, {}, start);
    QTest::mouseMove(qualified->viewport(), start + QPoint(15, 0));
    QTest::mouseMove(qualified->viewport(), over);
    QCOMPARE(proposal->dropRow(), 0); // the line shows where it goes
    QTest::mouseRelease(qualified->viewport(), Qt::LeftButton, {}, over);
    QTRY_COMPARE(titles(QStringLiteral("Proposal")), QList<QString>{QStringLiteral("Bravo")});
    QCOMPARE(proposal->dropRow(), -1);
    // A click (no movement) is not a drag.
    QTest::mouseClick(qualified->viewport(), Qt::LeftButton, {}, cardCenter(qualified, 0));
    QCOMPARE(m_undo->count(), 1);
    QCOMPARE(m_board->currentDealId(), m_a);
}

void tst_DealBoard::dropOnWonAsksForDateAndReason()
{
    BoardColumnView *qualified = column(QStringLiteral("Qualified"));
    BoardColumnView *won = column(QStringLiteral("Won"));
    bool asked = false;
    onNextModal([&](QWidget *w) {
        asked = qobject_cast<CloseDealDialog *>(w) != nullptr;
        child<QDateEdit>(w, QStringLiteral("closeDate"))->setDate(QDate::currentDate().addDays(-2));
        auto *reason = child<QComboBox>(w, QStringLiteral("closeReason"));
        reason->setFocus();
        QTest::keyClicks(reason->lineEdit(), QStringLiteral("Because"));
        typeText(child<QLineEdit>(w, QStringLiteral("grossMargin")), QLocale().toString(400.0, 'f', 0));
        QTest::keyClick(w, Qt::Key_Return);
    });
    drag(qualified, 0, won, QPoint(60, 30));
    QTRY_VERIFY(asked);
    QTRY_COMPARE(deal(m_a).outcome, DealOutcome::Won);
    const Deal d = deal(m_a);
    QCOMPARE(QDateTime::fromMSecsSinceEpoch(*d.closedAt).date(), QDate::currentDate().addDays(-2));
    QCOMPARE(d.closeReason, QStringLiteral("Because"));
    QCOMPARE(d.grossMargin.value_or(0), 400.0);
    QCOMPARE(m_ws->leads().get(m_lead).stage, Stage::Customer); // lifecycle followed
    QCOMPARE(totals(QStringLiteral("Won")).count, 1);
    m_undo->undo();
    QTRY_COMPARE(deal(m_a).outcome, DealOutcome::Open);
    QCOMPARE(m_ws->leads().get(m_lead).stage, Stage::Opportunity);
    QTRY_COMPARE(totals(QStringLiteral("Won")).count, 0);
}

void tst_DealBoard::dropOnLostNeedsAReasonAndCancelChangesNothing()
{
    BoardColumnView *qualified = column(QStringLiteral("Qualified"));
    BoardColumnView *lost = column(QStringLiteral("Lost"));
    // Cancel: nothing moves.
    bool cancelled = false;
    onNextModal([&](QWidget *w) {
        cancelled = true;
        QTest::keyClick(w, Qt::Key_Escape);
    });
    drag(qualified, 0, lost, QPoint(60, 30));
    QTRY_VERIFY(cancelled);
    QTest::qWait(50);
    QCOMPARE(deal(m_a).outcome, DealOutcome::Open);
    QCOMPARE(m_undo->count(), 0);

    // No reason: refused with a message, then given.
    QString message;
    onNextModal([&](QWidget *w) {
        captureNextMessage(&message);
        QTest::mouseClick(w->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QVERIFY(w->isVisible());
        auto *reason = child<QComboBox>(w, QStringLiteral("closeReason"));
        reason->setCurrentText(QStringLiteral("Went with a competitor"));
        QTest::mouseClick(w->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    });
    drag(qualified, 0, lost, QPoint(60, 30));
    QTRY_COMPARE(deal(m_a).outcome, DealOutcome::Lost);
    QVERIFY2(message.contains(QStringLiteral("reason")), qPrintable(message));
    QCOMPARE(deal(m_a).closeReason, QStringLiteral("Went with a competitor"));
    QCOMPARE(m_ws->leads().get(m_lead).stage, Stage::Nurturing);
}

void tst_DealBoard::dragWithinAColumnReorders()
{
    BoardColumnView *qualified = column(QStringLiteral("Qualified"));
    // Charlie (row 2) onto the top half of Alpha (row 0).
    const QRect alpha = qualified->visualRect(qualified->model()->index(0, 0));
    drag(qualified, 2, qualified, QPoint(alpha.center().x(), alpha.top() + 5));
    QTRY_COMPARE(titles(QStringLiteral("Qualified")), (QList<QString>{QStringLiteral("Charlie"), QStringLiteral("Alpha"),
                                                                      QStringLiteral("Bravo")}));
    QCOMPARE(deal(m_c).stageId, m_board->pipeline().stageNamed(QStringLiteral("Qualified"))->id);
    QCOMPARE(m_ws->deals().history(m_c).size(), 1); // not a stage change
    // Alpha to the bottom (below the last card).
    drag(qualified, 1, qualified, QPoint(60, qualified->viewport()->height() - 10));
    QTRY_COMPARE(titles(QStringLiteral("Qualified")), (QList<QString>{QStringLiteral("Charlie"), QStringLiteral("Bravo"),
                                                                      QStringLiteral("Alpha")}));
    // Dropped where it was: nothing happens.
    const QRect bravo = qualified->visualRect(qualified->model()->index(1, 0));
    drag(qualified, 1, qualified, QPoint(bravo.center().x(), bravo.top() + 4));
    QTest::qWait(30);
    QCOMPARE(m_undo->count(), 2);
    m_undo->undo();
    m_undo->undo();
    QTRY_COMPARE(titles(QStringLiteral("Qualified")), (QList<QString>{QStringLiteral("Alpha"), QStringLiteral("Bravo"),
                                                                      QStringLiteral("Charlie")}));
}

void tst_DealBoard::keyboardMovesCards()
{
    BoardColumnView *qualified = column(QStringLiteral("Qualified"));
    QTest::mouseClick(qualified->viewport(), Qt::LeftButton, {}, cardCenter(qualified, 1)); // Bravo
    QCOMPARE(m_board->currentDealId(), m_b);
    QTest::keyClick(qualified, Qt::Key_Right, Qt::ControlModifier);
    QCOMPARE(titles(QStringLiteral("Demo")), (QList<QString>{QStringLiteral("Bravo"), QStringLiteral("Delta")}));
    BoardColumnView *demo = column(QStringLiteral("Demo"));
    QTRY_VERIFY(demo->hasFocus());
    QCOMPARE(demo->currentRow(), 0);
    QTest::keyClick(demo, Qt::Key_Down, Qt::ControlModifier); // below Delta
    QCOMPARE(titles(QStringLiteral("Demo")), (QList<QString>{QStringLiteral("Delta"), QStringLiteral("Bravo")}));
    QCOMPARE(demo->currentRow(), 1);
    QTest::keyClick(demo, Qt::Key_Left, Qt::ControlModifier);
    QCOMPARE(titles(QStringLiteral("Qualified")).first(), QStringLiteral("Bravo"));
    // Left/Right alone go to the next column without moving anything.
    qualified->setFocus();
    QTest::keyClick(qualified, Qt::Key_Right);
    QVERIFY(demo->hasFocus());
    QCOMPARE(m_undo->count(), 3);
    // Enter opens the deal.
    bool opened = false;
    onNextModal([&](QWidget *w) {
        opened = qobject_cast<DealEditorDialog *>(w) != nullptr;
        QTest::keyClick(w, Qt::Key_Escape);
    });
    QTest::keyClick(demo, Qt::Key_Return);
    QVERIFY(opened);
    m_undo->undo();
    m_undo->undo();
    m_undo->undo();
    QTRY_COMPARE(titles(QStringLiteral("Qualified")), (QList<QString>{QStringLiteral("Alpha"), QStringLiteral("Bravo"),
                                                                      QStringLiteral("Charlie")}));
}

void tst_DealBoard::filtersNarrowCardsAndTotals()
{
    QComboBox *owner = m_page->ownerFilter();
    owner->setCurrentIndex(owner->findText(QStringLiteral("Marco Rossi")));
    QCOMPARE(titles(QStringLiteral("Qualified")), (QList<QString>{QStringLiteral("Bravo"), QStringLiteral("Charlie")}));
    QCOMPARE(totals(QStringLiteral("Qualified")).currencies.first().amount, 5000.0);
    QCOMPARE(totals(QStringLiteral("Demo")).count, 0);
    owner->setCurrentIndex(0); // everyone
    QTest::keyClicks(m_page->searchField(), QStringLiteral("charl"));
    QTRY_COMPARE(titles(QStringLiteral("Qualified")), QList<QString>{QStringLiteral("Charlie")});
    QCOMPARE(totals(QStringLiteral("Negotiation")).count, 0);
    m_page->searchField()->clear();
    QTRY_COMPARE(totals(QStringLiteral("Negotiation")).count, 1);
    // Close dates: Alpha closes 2030-01-20, Bravo 01-30, Charlie 02-09, Delta 02-19, Echo 03-01.
    child<QDateEdit>(m_page.get(), QStringLiteral("closeFrom"))->setDate(QDate(2030, 1, 25));
    child<QDateEdit>(m_page.get(), QStringLiteral("closeTo"))->setDate(QDate(2030, 2, 20));
    QTest::mouseClick(child<QCheckBox>(m_page.get(), QStringLiteral("closeFilter")), Qt::LeftButton);
    QCOMPARE(titles(QStringLiteral("Qualified")), (QList<QString>{QStringLiteral("Bravo"), QStringLiteral("Charlie")}));
    QCOMPARE(titles(QStringLiteral("Demo")), QList<QString>{QStringLiteral("Delta")});
    QCOMPARE(totals(QStringLiteral("Negotiation")).count, 0);
    // A drag in a filtered board lands between the visible cards.
    BoardColumnView *qualified = column(QStringLiteral("Qualified"));
    BoardColumnView *demo = column(QStringLiteral("Demo"));
    const QRect delta = demo->visualRect(demo->model()->index(0, 0));
    drag(qualified, 1, demo, QPoint(delta.center().x(), delta.bottom() - 4));
    QTRY_COMPARE(titles(QStringLiteral("Demo")), (QList<QString>{QStringLiteral("Delta"), QStringLiteral("Charlie")}));
    QTest::mouseClick(child<QCheckBox>(m_page.get(), QStringLiteral("closeFilter")), Qt::LeftButton);
    QCOMPARE(titles(QStringLiteral("Qualified")), (QList<QString>{QStringLiteral("Alpha"), QStringLiteral("Bravo")}));
}

void tst_DealBoard::doubleClickOpensTheDealAndEditsAreUndoable()
{
    BoardColumnView *qualified = column(QStringLiteral("Qualified"));
    onNextModal([&](QWidget *w) {
        auto *title = child<QLineEdit>(w, QStringLiteral("dealTitle"));
        QCOMPARE(title->text(), QStringLiteral("Alpha"));
        QCOMPARE(child<QLineEdit>(w, QStringLiteral("dealLead"))->text(), QStringLiteral("Élodie Moreau — Atelier Moreau SAS"));
        QVERIFY(child<QListWidget>(w, QStringLiteral("dealHistory"))->count() >= 1);
        title->selectAll();
        QTest::keyClicks(title, QStringLiteral("Alpha, 40 seats"));
        auto *amount = child<QDoubleSpinBox>(w, QStringLiteral("dealAmount"));
        amount->setValue(48000);
        // A bad currency is refused with the reason and the dialog stays.
        auto *currency = child<QComboBox>(w, QStringLiteral("dealCurrency"));
        currency->setCurrentText(QStringLiteral("EURO"));
        QString message;
        captureNextMessage(&message);
        QTest::mouseClick(w->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save), Qt::LeftButton);
        QVERIFY2(message.contains(QStringLiteral("Currency")), qPrintable(message));
        QVERIFY(w->isVisible());
        currency->setCurrentText(QStringLiteral("EUR"));
        // The stage too: to Negotiation.
        auto *stage = child<QComboBox>(w, QStringLiteral("dealStage"));
        stage->setCurrentIndex(stage->findText(QStringLiteral("Negotiation")));
        QTest::mouseClick(w->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save), Qt::LeftButton);
    });
    QTest::mouseDClick(qualified->viewport(), Qt::LeftButton, {}, cardCenter(qualified, 0));
    QTRY_COMPARE(deal(m_a).title, QStringLiteral("Alpha, 40 seats"));
    QCOMPARE(deal(m_a).amount, 48000.0);
    QCOMPARE(deal(m_a).stageId, m_board->pipeline().stageNamed(QStringLiteral("Negotiation"))->id);
    QCOMPARE(titles(QStringLiteral("Negotiation")).first(), QStringLiteral("Alpha, 40 seats"));
    QCOMPARE(m_undo->count(), 1); // one step: the fields and the stage
    m_undo->undo();
    QTRY_COMPARE(deal(m_a).title, QStringLiteral("Alpha"));
    QCOMPARE(deal(m_a).amount, 1000.0);
    QCOMPARE(deal(m_a).stageId, m_board->pipeline().stageNamed(QStringLiteral("Qualified"))->id);
}

void tst_DealBoard::newDealWithLeadPicker()
{
    Lead other;
    other.firstName = QStringLiteral("Γιώργος");
    other.lastName = QStringLiteral("Παπαδόπουλος");
    other.company = QStringLiteral("Ναυτιλιακή Α.Ε.");
    other.stage = Stage::MQL;
    other.ownerId = m_marco;
    const qint64 greek = m_ws->leads().create(other);
    onNextModal([&](QWidget *w) {
        auto *editor = qobject_cast<DealEditorDialog *>(w);
        QVERIFY(editor);
        typeText(child<QLineEdit>(w, QStringLiteral("dealTitle")), QStringLiteral("Fleet tracking"));
        QLineEdit *lead = editor->leadField();
        lead->setFocus();
        typeText(lead, QStringLiteral("παπα"));
        QTRY_VERIFY(editor->leadCompleter()->popup()->isVisible());
        QAbstractItemView *popup = editor->leadCompleter()->popup();
        QCOMPARE(popup->model()->rowCount(), 1);
        popup->setCurrentIndex(popup->model()->index(0, 0));
        QTest::keyClick(popup, Qt::Key_Return);
        QCOMPARE(lead->text(), QStringLiteral("Γιώργος Παπαδόπουλος — Ναυτιλιακή Α.Ε."));
        child<QDoubleSpinBox>(w, QStringLiteral("dealAmount"))->setValue(12000);
        QTest::mouseClick(w->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save), Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>(m_page.get(), QStringLiteral("newDeal")), Qt::LeftButton);
    QTRY_COMPARE(titles(QStringLiteral("Qualified")).first(), QStringLiteral("Fleet tracking"));
    const qint64 id = m_board->currentDealId();
    QCOMPARE(deal(id).leadId.value_or(0), greek);
    QCOMPARE(deal(id).company, QStringLiteral("Ναυτιλιακή Α.Ε.")); // from the lead
    QCOMPARE(deal(id).ownerId.value_or(0), m_marco);
    QCOMPARE(m_ws->leads().get(greek).stage, Stage::Opportunity);
    m_undo->undo();
    QTRY_COMPARE(titles(QStringLiteral("Qualified")).size(), 3);
    QCOMPARE(m_ws->leads().get(greek).stage, Stage::MQL);
    m_undo->redo();
    QTRY_COMPARE(titles(QStringLiteral("Qualified")).size(), 4);
    QCOMPARE(m_ws->leads().get(greek).stage, Stage::Opportunity);
}

void tst_DealBoard::pipelineSettingsAddAndRefuse()
{
    auto openSettings = [&] {
        auto *button = child<QToolButton>(m_page.get(), QStringLiteral("pipelineMenu"));
        QAction *edit = button->menu()->findChild<QAction *>(QStringLiteral("actionEditPipeline"));
        QVERIFY(edit);
        edit->trigger();
    };
    // Removing a stage that holds deals is refused; the dialog stays and nothing changes.
    QString message;
    onNextModal([&](QWidget *w) {
        auto *table = child<QTableWidget>(w, QStringLiteral("pipelineStages"));
        table->setCurrentCell(1, 0); // Demo, holding Delta
        QTest::mouseClick(child<QPushButton>(w, QStringLiteral("removeStage")), Qt::LeftButton);
        captureNextMessage(&message);
        QTest::mouseClick(w->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save), Qt::LeftButton);
        QVERIFY(w->isVisible());
        QTest::keyClick(w, Qt::Key_Escape);
    });
    openSettings();
    QVERIFY2(message.contains(QStringLiteral("Demo")), qPrintable(message));
    QCOMPARE(m_board->columnCount(), 6);

    // Add a stage before the closing ones and rename the pipeline.
    onNextModal([&](QWidget *w) {
        auto *name = child<QLineEdit>(w, QStringLiteral("pipelineName"));
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("New business"));
        QTest::mouseClick(child<QPushButton>(w, QStringLiteral("addStage")), Qt::LeftButton);
        auto *table = child<QTableWidget>(w, QStringLiteral("pipelineStages"));
        QCOMPARE(table->currentRow(), 4);
        // The new stage's name is open for typing.
        auto *editor = table->viewport()->findChild<QLineEdit *>(QString(), Qt::FindDirectChildrenOnly);
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("Contract"));
        editor->setFocus();
        QTest::keyClick(editor, Qt::Key_Return); // finishes the name; the dialog stays
        QTRY_COMPARE(table->item(4, 0)->text(), QStringLiteral("Contract"));
        QVERIFY(w->isVisible());
        QTest::mouseClick(w->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save), Qt::LeftButton);
    });
    openSettings();
    QTRY_COMPARE(m_board->columnCount(), 7);
    QCOMPARE(m_board->pipeline().stages.at(4).name, QStringLiteral("Contract"));
    QCOMPARE(m_page->pipelineCombo()->currentText(), QStringLiteral("New business"));
    QVERIFY(m_board->header(4)->text().startsWith(QStringLiteral("Contract · 0")));
    // The board keeps working on the new columns, once they are laid out.
    QTRY_VERIFY(column(QStringLiteral("Contract"))->viewport()->height() > 100);
    drag(column(QStringLiteral("Negotiation")), 0, column(QStringLiteral("Contract")), QPoint(50, 30));
    QTRY_COMPARE(titles(QStringLiteral("Contract")), QList<QString>{QStringLiteral("Echo")});
}

void tst_DealBoard::bigColumnReadsWindowsOnly()
{
    {
        Transaction tx(m_ws->db());
        Deal d;
        d.stageId = m_board->pipeline().stageNamed(QStringLiteral("Proposal"))->id;
        for (int i = 0; i < 3000; ++i) {
            d.title = QStringLiteral("Bulk %1").arg(i);
            d.amount = 10;
            m_ws->deals().create(d, DealPlacement::bottom());
        }
        tx.commit();
    }
    QTRY_COMPARE(totals(QStringLiteral("Proposal")).count, 3000);
    DealColumnModel *m = model(QStringLiteral("Proposal"));
    BoardColumnView *v = column(QStringLiteral("Proposal"));
    QCOMPARE(m->rowCount(), 3000);
    v->verticalScrollBar()->setValue(v->verticalScrollBar()->maximum());
    v->viewport()->grab();
    QCOMPARE(m->card(2999)->title, QStringLiteral("Bulk 2999"));
    for (int step = 0; step < 40; ++step) {
        v->verticalScrollBar()->setValue(v->verticalScrollBar()->maximum() * step / 40);
        v->viewport()->grab();
    }
    QVERIFY(m->cachedPages() <= DealColumnModel::MaxPages);
    QVERIFY(m->cachedPages() >= 1);
    // Jumping around reads the right card every time, also when older windows are dropped meanwhile
    // (Qt 6's QHash moves entries when one is removed: a lookup must not outlive an eviction).
    QRandomGenerator rnd(5);
    for (int i = 0; i < 4000; ++i) {
        const int row = int(rnd.bounded(3000));
        const DealCard *card = m->card(row);
        QVERIFY(card);
        QCOMPARE(card->title, QStringLiteral("Bulk %1").arg(row));
    }
    // Drag from deep in the column to the top of Won is no different.
    QCOMPARE(totals(QStringLiteral("Proposal")).currencies.first().amount, 30000.0);
    QCOMPARE(totals(QStringLiteral("Proposal")).currencies.first().weighted, 15000.0);
}

void tst_DealBoard::pipelinePageInMainWindow()
{
    m_page.reset();
    Settings settings(m_dir->filePath(QStringLiteral("settings.ini")));
    settings.setValue(Settings::Key::BackupEnabled, false);
    const QString path = m_ws->path();
    m_undo.reset();
    m_ws.reset();
    MainWindow window(settings);
    window.show();
    QVERIFY(window.openWorkspace(path));
    window.showPage(QStringLiteral("pipeline"));
    QCOMPARE(window.currentPageId(), QStringLiteral("pipeline"));
    auto *page = window.findChild<PipelinePage *>();
    QVERIFY(page);
    QTRY_VERIFY(page->isVisible());
    QCOMPARE(page->dealBoard()->columnCount(), 6);
    QCOMPARE(page->dealBoard()->totals(0).count, 3);
    // Moves go to the window's undo stack (Edit > Undo).
    BoardColumnView *qualified = page->dealBoard()->view(0);
    QTest::mouseClick(qualified->viewport(), Qt::LeftButton, {}, cardCenter(qualified, 0));
    QTest::keyClick(qualified, Qt::Key_Right, Qt::ControlModifier);
    QCOMPARE(page->dealBoard()->totals(1).count, 2);
    QVERIFY(window.undoStack()->canUndo());
    window.undoStack()->undo();
    QTRY_COMPARE(page->dealBoard()->totals(1).count, 1);
    // The Delete key deletes the card on this page (the lead list's Delete action stays out of it).
    QTRY_COMPARE(page->dealBoard()->totals(0).count, 3);
    qualified->setFocus();
    qualified->selectRow(0);
    const qint64 id = page->dealBoard()->currentDealId();
    QCOMPARE(id, page->dealBoard()->model(0)->dealId(0)); // the card the person sees selected
    onNextModal([](QWidget *w) {
        auto *box = qobject_cast<QMessageBox *>(w);
        QVERIFY(box);
        QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    });
    QTest::keyClick(qualified, Qt::Key_Delete);
    QTRY_VERIFY(!window.workspace()->deals().find(id));
    QTRY_COMPARE(page->dealBoard()->totals(0).count, 2);
    window.undoStack()->undo();
    QTRY_VERIFY(window.workspace()->deals().find(id));
    QTRY_COMPARE(page->dealBoard()->totals(0).count, 3);
}

QTEST_MAIN(tst_DealBoard)
#include "tst_dealboard.moc"
