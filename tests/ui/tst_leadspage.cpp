#include "GuiTestSupport.h"
#include "TestSupport.h"

#include "leads/LeadDetailPanel.h"
#include "leads/LeadFilterBar.h"
#include "leads/LeadTableModel.h"
#include "leads/LeadsPage.h"
#include "widgets/CheckableComboBox.h"

#include "leads/LeadRepository.h"
#include "leads/SegmentRepository.h"
#include "storage/Query.h"
#include "workspace/Workspace.h"

#include <QAbstractItemView>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QRadioButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>

using namespace GuiTest;

// The lead workspace as a person uses it: typing, clicking, keys, dialogs answered like a person.
class tst_LeadsPage : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void searchAsYouType();
    void stageFilterByClicking();
    void saveAndApplySegment();
    void invalidEmailIsRefusedAndNothingChanges();
    void editUndoRedo();
    void newLeadDialog();
    void deleteAndUndo();
    void mergeTwoLeads();
    void logCallAndChangeStage();
    void emptyWorkspaceOffersDemoAndNewLead();

private:
    void select(int row, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    QLineEdit *field(LeadField f);
    void typeInto(QLineEdit *edit, const QString &text);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<LeadsPage> m_page;
};

void tst_LeadsPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_ws = TestSupport::createWorkspace(m_dir->filePath(QStringLiteral("p.leadbench")), 600);
    m_undo = std::make_unique<QUndoStack>();
    m_page = std::make_unique<LeadsPage>();
    m_page->resize(1400, 900);
    m_page->setWorkspace(m_ws.get(), m_undo.get());
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void tst_LeadsPage::cleanup()
{
    m_page.reset();
    m_undo.reset();
    m_ws.reset();
    m_dir.reset();
}

void tst_LeadsPage::select(int row, Qt::KeyboardModifiers modifiers)
{
    QTableView *table = m_page->table();
    const QModelIndex index = table->model()->index(row, LeadTableModel::NameColumn);
    table->scrollTo(index);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, modifiers, table->visualRect(index).center());
}

QLineEdit *tst_LeadsPage::field(LeadField f)
{
    return qobject_cast<QLineEdit *>(m_page->detail()->editor(f));
}

void tst_LeadsPage::typeInto(QLineEdit *edit, const QString &text)
{
    QTest::mouseClick(edit, Qt::LeftButton);
    edit->selectAll();
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

void tst_LeadsPage::searchAsYouType()
{
    const Lead someone = m_ws->leads().get(42);
    QLineEdit *search = m_page->filterBar()->searchField();
    QTest::mouseClick(search, Qt::LeftButton);
    QTest::keyClicks(search, someone.lastName.left(3));
    QTRY_VERIFY(m_page->model()->rowCount() < 600);
    QTest::keyClicks(search, someone.lastName.mid(3) + QLatin1Char(' ') + someone.firstName);
    QTRY_VERIFY(m_page->model()->rowCount() >= 1);
    bool found = false;
    for (int r = 0; r < m_page->model()->rowCount(); ++r)
        found = found || m_page->model()->leadId(r) == 42;
    QVERIFY(found);
    QTest::keyClicks(search, QStringLiteral(" zzzqqq"));
    QTRY_COMPARE(m_page->model()->rowCount(), 0);
    QTest::mouseClick(GuiTest::child<QToolButton>(m_page.get(), QStringLiteral("clearFiltersButton")), Qt::LeftButton);
    QTRY_COMPARE(m_page->model()->rowCount(), 600);
    QVERIFY(search->text().isEmpty());
}

void tst_LeadsPage::stageFilterByClicking()
{
    auto *stages = GuiTest::child<CheckableComboBox>(m_page.get(), QStringLiteral("stageFilter"));
    QTest::mouseClick(stages, Qt::LeftButton);
    QTRY_VERIFY(stages->view()->isVisible());
    // MQL is the third stage in the list.
    const QModelIndex mql = stages->model()->index(2, 0);
    QTest::mouseClick(stages->view()->viewport(), Qt::LeftButton, {}, stages->view()->visualRect(mql).center());
    QVERIFY(stages->view()->isVisible()); // the list stays open for more choices
    QTest::keyClick(stages->view(), Qt::Key_Escape);
    const qint64 mqls = Query(m_ws->db(), "SELECT count(*) FROM leads WHERE stage = 3").scalar().toLongLong();
    QTRY_COMPARE(m_page->model()->rowCount(), int(mqls));
    for (int r = 0; r < m_page->model()->rowCount(); ++r)
        QCOMPARE(m_page->model()->data(m_page->model()->index(r, 0), LeadTableModel::StageRole).toInt(), int(Stage::MQL));
}

void tst_LeadsPage::saveAndApplySegment()
{
    LeadFilter f;
    f.countries = {QStringLiteral("Italy")};
    m_page->filterBar()->setFilter(f);
    emit m_page->filterBar()->filterChanged(f);
    onNextModal([](QWidget *dialog) {
        auto *edit = dialog->findChild<QLineEdit *>();
        QTest::keyClicks(edit, QStringLiteral("Italia"));
        QTest::keyClick(edit, Qt::Key_Return);
    });
    QTest::mouseClick(GuiTest::child<QToolButton>(m_page.get(), QStringLiteral("saveSegmentButton")), Qt::LeftButton);
    const auto segment = m_ws->segments().findByName(QStringLiteral("Italia"));
    QVERIFY(segment);
    QCOMPARE(segment->filter.countries, QStringList{QStringLiteral("Italy")});
    m_page->filterBar()->clear();
    QTRY_COMPARE(m_page->model()->rowCount(), 600);
    auto *segments = GuiTest::child<QComboBox>(m_page.get(), QStringLiteral("segmentCombo"));
    const int index = segments->findText(QStringLiteral("Italia"));
    QVERIFY(index > 0);
    segments->setCurrentIndex(index);
    emit segments->activated(index);
    const qint64 italians = Query(m_ws->db(), "SELECT count(*) FROM leads WHERE country = 'Italy'").scalar().toLongLong();
    QTRY_COMPARE(m_page->model()->rowCount(), int(italians));
}

void tst_LeadsPage::invalidEmailIsRefusedAndNothingChanges()
{
    select(3);
    const qint64 id = m_page->currentLeadId();
    QVERIFY(id > 0);
    const QString stored = m_ws->leads().get(id).email;
    QLineEdit *email = field(LeadField::Email);
    QCOMPARE(email->text(), stored);
    typeInto(email, QStringLiteral("firstname.lastname at company"));
    QVERIFY(m_page->detail()->errorText().contains(QStringLiteral("E-mail")));
    QVERIFY(m_page->detail()->errorText().contains(QStringLiteral("space")));
    QCOMPARE(m_ws->leads().get(id).email, stored);
    QCOMPARE(m_undo->count(), 0);
    QCOMPARE(email->text(), QStringLiteral("firstname.lastname at company")); // what was typed stays to be fixed
    typeInto(email, QStringLiteral("fixed@example.com"));
    QVERIFY(m_page->detail()->errorText().isEmpty());
    QCOMPARE(m_ws->leads().get(id).email, QStringLiteral("fixed@example.com"));
    // Bad numbers too.
    typeInto(field(LeadField::CompanySize), QStringLiteral("lots"));
    QVERIFY(m_page->detail()->errorText().contains(QStringLiteral("not a number")));
}

void tst_LeadsPage::editUndoRedo()
{
    select(5);
    const qint64 id = m_page->currentLeadId();
    const Lead before = m_ws->leads().get(id);
    typeInto(field(LeadField::Company), QStringLiteral("Nova Empresa Ltda"));
    typeInto(field(LeadField::Phone), QStringLiteral("+55 11 4002-8922"));
    QCOMPARE(m_ws->leads().get(id).company, QStringLiteral("Nova Empresa Ltda"));
    QCOMPARE(m_undo->count(), 2);
    m_undo->undo();
    QCOMPARE(m_ws->leads().get(id).phone, before.phone);
    m_undo->undo();
    QCOMPARE(m_ws->leads().get(id).company, before.company);
    QTRY_COMPARE(field(LeadField::Company)->text(), before.company);
    m_undo->redo();
    QCOMPARE(m_ws->leads().get(id).company, QStringLiteral("Nova Empresa Ltda"));
    // The notes commit when the person leaves the field.
    auto *notes = qobject_cast<QPlainTextEdit *>(m_page->detail()->editor(LeadField::Notes));
    QTest::mouseClick(notes->viewport(), Qt::LeftButton);
    notes->selectAll();
    QTest::keyClicks(notes, QStringLiteral("<script>alert(1)</script> plain text"));
    QTest::keyClick(notes, Qt::Key_Tab);
    QTRY_COMPARE(m_ws->leads().get(id).notes, QStringLiteral("<script>alert(1)</script> plain text"));
}

void tst_LeadsPage::newLeadDialog()
{
    onNextModal([](QWidget *dialog) {
        // First an invalid e-mail: the dialog stays open and says why.
        auto *first = dialog->findChild<QLineEdit *>(QStringLiteral("new_first_name"));
        auto *email = dialog->findChild<QLineEdit *>(QStringLiteral("new_email"));
        typeText(first, QStringLiteral("Inès"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("new_last_name")), QStringLiteral("Moreau"));
        QTest::keyClicks(email, QStringLiteral("ines@"));
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("newLeadError"))->text().contains(QStringLiteral("E-mail")));
        QTest::keyClicks(email, QStringLiteral("atelier.fr"));
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    });
    m_page->newLead();
    QTRY_COMPARE(m_page->model()->rowCount(), 601);
    const qint64 id = m_page->currentLeadId();
    QCOMPARE(m_ws->leads().get(id).email, QStringLiteral("ines@atelier.fr"));
    QCOMPARE(m_page->detail()->editor(LeadField::FirstName)->property("text").toString(), QStringLiteral("Inès"));
    m_undo->undo();
    QTRY_COMPARE(m_page->model()->rowCount(), 600);
    m_undo->redo();
    QTRY_COMPARE(m_page->model()->rowCount(), 601);
    QCOMPARE(m_ws->leads().get(id).lastName, QStringLiteral("Moreau")); // same lead, same id
}

void tst_LeadsPage::deleteAndUndo()
{
    select(10);
    select(12, Qt::ShiftModifier);
    const QList<qint64> ids = m_page->selectedLeadIds();
    QCOMPARE(ids.size(), 3);
    const qint64 activities = Query(m_ws->db(), "SELECT count(*) FROM activities").scalar().toLongLong();
    // Several leads at once: the page asks first (default No).
    onNextModal([](QWidget *box) {
        QTest::mouseClick(qobject_cast<QMessageBox *>(box)->button(QMessageBox::Yes), Qt::LeftButton);
    });
    m_page->deleteSelected();
    QTRY_COMPARE(m_page->model()->rowCount(), 597);
    for (qint64 id : ids)
        QVERIFY(!m_ws->leads().find(id));
    m_undo->undo();
    QTRY_COMPARE(m_page->model()->rowCount(), 600);
    for (qint64 id : ids)
        QVERIFY(m_ws->leads().find(id));
    QCOMPARE(Query(m_ws->db(), "SELECT count(*) FROM activities").scalar().toLongLong(), activities);
}

void tst_LeadsPage::mergeTwoLeads()
{
    select(20);
    select(21, Qt::ControlModifier);
    const QList<qint64> ids = m_page->selectedLeadIds();
    QCOMPARE(ids.size(), 2);
    const int activities = int(m_ws->leads().activities(ids[0]).size() + m_ws->leads().activities(ids[1]).size());
    const Lead second = m_ws->leads().get(ids[1]);
    onNextModal([](QWidget *dialog) {
        // Take the second lead's company, keep the first lead's record. Radios stretch with their
        // column: click on the indicator, not the middle (which may be past the label).
        auto clickRadio = [](QRadioButton *radio) {
            QTest::mouseClick(radio, Qt::LeftButton, {}, QPoint(8, radio->height() / 2));
        };
        if (auto *radio = dialog->findChild<QRadioButton *>(QStringLiteral("second_company")))
            clickRadio(radio);
        clickRadio(dialog->findChild<QRadioButton *>(QStringLiteral("keepFirst")));
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    });
    m_page->mergeSelected();
    QTRY_COMPARE(m_page->model()->rowCount(), 599);
    QVERIFY(!m_ws->leads().find(ids[1]));
    const Lead merged = m_ws->leads().get(ids[0]);
    QCOMPARE(merged.company, second.company);
    QCOMPARE(int(m_ws->leads().activities(ids[0]).size()), activities + 1); // + the merge note
    m_undo->undo();
    QTRY_COMPARE(m_page->model()->rowCount(), 600);
    QCOMPARE(m_ws->leads().get(ids[1]).company, second.company);
}

void tst_LeadsPage::logCallAndChangeStage()
{
    select(30);
    const qint64 id = m_page->currentLeadId();
    const int before = int(m_ws->leads().activities(id).size());
    onNextModal([](QWidget *dialog) {
        QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("activityDetail")),
                         QStringLiteral("Budget approved in Q3"));
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    });
    QTest::mouseClick(GuiTest::child<QToolButton>(m_page.get(), QStringLiteral("logCallButton")), Qt::LeftButton);
    QCOMPARE(int(m_ws->leads().activities(id).size()), before + 1);
    const Activity call = m_ws->leads().activities(id).first();
    QCOMPARE(call.type, ActivityType::Call);
    QVERIFY(call.detail.endsWith(QStringLiteral("Budget approved in Q3")));
    auto *timeline = GuiTest::child<QTreeWidget>(m_page.get(), QStringLiteral("activityTimeline"));
    QTRY_COMPARE(timeline->topLevelItemCount(), before + 1);

    const Stage from = m_ws->leads().get(id).stage;
    onNextModal([](QWidget *dialog) {
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        QString refusal;
        captureNextMessage(&refusal);
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton); // no reason: refused
        QVERIFY(refusal.contains(QStringLiteral("reason")));
        QVERIFY(dialog->isVisible());
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("stageReason")), QStringLiteral("Asked for a demo"));
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    });
    QTest::mouseClick(GuiTest::child<QPushButton>(m_page.get(), QStringLiteral("changeStageButton")), Qt::LeftButton);
    QTRY_VERIFY(m_ws->leads().get(id).stage != from);
    QCOMPARE(m_ws->leads().stageHistory(id).first().reason, QStringLiteral("Asked for a demo"));
    m_undo->undo();
    QCOMPARE(m_ws->leads().get(id).stage, from);
}

void tst_LeadsPage::emptyWorkspaceOffersDemoAndNewLead()
{
    QTemporaryDir dir;
    auto empty = TestSupport::createWorkspace(dir.filePath(QStringLiteral("e.leadbench")));
    m_page->setWorkspace(empty.get(), m_undo.get());
    auto *emptyState = GuiTest::child<QWidget>(m_page.get(), QStringLiteral("emptyLeads"));
    QVERIFY(emptyState->isVisible());
    QSignalSpy demo(m_page.get(), &LeadsPage::demoRequested);
    QTest::mouseClick(GuiTest::child<QPushButton>(m_page.get(), QStringLiteral("emptyLoadDemo")), Qt::LeftButton);
    QCOMPARE(demo.count(), 1);
    empty->leads().create(Lead{.firstName = QStringLiteral("First")});
    QTRY_VERIFY(!emptyState->isVisible());
    QVERIFY(m_page->table()->isVisible());
    m_page->setWorkspace(nullptr, m_undo.get());
}

QTEST_MAIN(tst_LeadsPage)
#include "tst_leadspage.moc"
