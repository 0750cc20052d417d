#include "TestSupport.h"

#include "leads/LeadTableModel.h"

#include "leads/LeadRepository.h"
#include "storage/Query.h"
#include "workspace/Workspace.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QSignalSpy>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QTest>

class tst_LeadTableModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void passesModelTester();
    void rowsComeFromTheWorkspaceInOrder();
    void sortsAndFilters();
    void followsChanges();
    void bigSelectionsReadIdsFromSql();
    void anchorsArriveInTheBackground();
    void randomAccessAcrossDroppedPages();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
};

void tst_LeadTableModel::initTestCase()
{
    m_ws = TestSupport::createWorkspace(m_dir.filePath(QStringLiteral("m.leadbench")), 1500);
}

void tst_LeadTableModel::passesModelTester()
{
    LeadTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setWorkspace(m_ws.get());
    model.sort(LeadTableModel::NameColumn, Qt::AscendingOrder);
    LeadFilter f;
    f.stages = {Stage::MQL};
    model.setFilter(f);
    model.setFilter(LeadFilter());
    model.refresh();
    model.setWorkspace(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

void tst_LeadTableModel::rowsComeFromTheWorkspaceInOrder()
{
    LeadTableModel model;
    model.setWorkspace(m_ws.get());
    QCOMPARE(model.rowCount(), 1500);
    QCOMPARE(model.columnCount(), int(LeadTableModel::ColumnCount));
    // Default: newest first.
    Query q(m_ws->db(), "SELECT id FROM leads ORDER BY created_at DESC, id DESC LIMIT 1 OFFSET 733");
    QVERIFY(q.next());
    QCOMPARE(model.data(model.index(733, 0), LeadTableModel::LeadIdRole).toLongLong(), q.int64(0));
    const Lead lead = m_ws->leads().get(q.int64(0));
    QCOMPARE(model.data(model.index(733, LeadTableModel::NameColumn)).toString(),
             (lead.firstName + QLatin1Char(' ') + lead.lastName).trimmed());
    QCOMPARE(model.data(model.index(733, LeadTableModel::StageColumn)).toString(), Lifecycle::displayName(lead.stage));
    QCOMPARE(model.data(model.index(733, 0), LeadTableModel::ScoreRole).toInt(), lead.score);
}

void tst_LeadTableModel::sortsAndFilters()
{
    LeadTableModel model;
    model.setWorkspace(m_ws.get());
    model.sort(LeadTableModel::ScoreColumn, Qt::DescendingOrder);
    int previous = std::numeric_limits<int>::max();
    for (int r = 0; r < model.rowCount(); r += 97) {
        const int score = model.data(model.index(r, 0), LeadTableModel::ScoreRole).toInt();
        QVERIFY(score <= previous);
        previous = score;
    }
    QSignalSpy counts(&model, &LeadTableModel::countsChanged);
    LeadFilter f;
    f.temperatures = {Temperature::Hot};
    model.setFilter(f);
    QCOMPARE(counts.count(), 1);
    QCOMPARE(counts.last().at(1).toLongLong(), 1500); // total stays the workspace's
    const qint64 hot = Query(m_ws->db(), "SELECT count(*) FROM leads JOIN lead_scores ON lead_id = id WHERE score >= 50").scalar().toLongLong();
    QCOMPARE(model.rowCount(), int(hot));
    for (int r = 0; r < model.rowCount(); ++r)
        QVERIFY(model.data(model.index(r, 0), LeadTableModel::ScoreRole).toInt() >= 50);
    // A column without an order of its own does not change the sort.
    model.sort(LeadTableModel::ColumnCount + 3, Qt::AscendingOrder);
    QCOMPARE(model.spec().sort, LeadSort::Score);
}

void tst_LeadTableModel::followsChanges()
{
    LeadTableModel model;
    model.setWorkspace(m_ws.get());
    const int before = model.rowCount();
    const qint64 id = m_ws->leads().create(Lead{.firstName = QStringLiteral("Fresh"), .lastName = QStringLiteral("Lead")});
    QTRY_COMPARE(model.rowCount(), before + 1);
    QCOMPARE(model.leadId(0), id); // newest first
    m_ws->leads().setField(id, LeadField::FirstName, QStringLiteral("Renamed"));
    QTRY_COMPARE(model.data(model.index(0, LeadTableModel::NameColumn)).toString(), QStringLiteral("Renamed Lead"));
    m_ws->leads().remove({id});
    QTRY_COMPARE(model.rowCount(), before);
}

void tst_LeadTableModel::bigSelectionsReadIdsFromSql()
{
    LeadTableModel model;
    model.setWorkspace(m_ws.get());
    QItemSelection selection(model.index(10, 0), model.index(1209, 0));
    const QList<qint64> ids = model.leadIds(selection);
    QCOMPARE(ids.size(), 1200);
    QVERIFY(ids.contains(model.leadId(10)));
    QVERIFY(ids.contains(model.leadId(1209)));
    QVERIFY(!ids.contains(model.leadId(1210)));
    QCOMPARE(model.rowOf(model.leadId(1100)), 1100);
}

void tst_LeadTableModel::anchorsArriveInTheBackground()
{
    LeadTableModel model;
    model.setWorkspace(m_ws.get());
    QTRY_VERIFY(model.hasAnchors());
    QCOMPARE(model.leadId(1400), Query(m_ws->db(), "SELECT id FROM leads ORDER BY created_at DESC, id DESC LIMIT 1 OFFSET 1400")
                                     .scalar()
                                     .toLongLong());
}

void tst_LeadTableModel::randomAccessAcrossDroppedPages()
{
    // More pages than the model keeps: jumping around drops old pages while new ones come in. Qt 6's
    // QHash moves entries when one is removed, so a page looked up before a drop must be looked up again.
    QTemporaryDir dir;
    auto ws = TestSupport::createWorkspace(dir.filePath(QStringLiteral("big.leadbench")), 4300);
    LeadTableModel model;
    model.setWorkspace(ws.get());
    QList<qint64> expected;
    Query q(ws->db(), "SELECT id FROM leads ORDER BY created_at DESC, id DESC");
    while (q.next())
        expected << q.int64(0);
    QCOMPARE(model.rowCount(), expected.size());
    QRandomGenerator rnd(3);
    for (int i = 0; i < 3000; ++i) {
        const int row = int(rnd.bounded(int(expected.size())));
        QCOMPARE(model.leadId(row), expected.at(row));
    }
    QThreadPool::globalInstance()->waitForDone();
}

QTEST_MAIN(tst_LeadTableModel)
#include "tst_leadtablemodel.moc"
