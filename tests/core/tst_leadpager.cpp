#include "TestSupport.h"

#include "leads/LeadPager.h"
#include "leads/LeadRepository.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "workspace/Workspace.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

// Keyset paging must give exactly what ORDER BY ... LIMIT/OFFSET gives, for every sort, order and
// filter, from any starting row, with and without anchors.
class tst_LeadPager : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void windowsMatchOffsetPaging_data();
    void windowsMatchOffsetPaging();
    void rowOfAndIds();
    void leadWithoutScoreRow_data();
    void leadWithoutScoreRow();
    void invalidateAfterChanges();

private:
    QList<qint64> reference(const LeadPager::Spec &spec);

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
};

void tst_LeadPager::initTestCase()
{
    m_ws = TestSupport::createWorkspace(m_dir.filePath(QStringLiteral("p.leadbench")), 2500);
    // Ties and blanks: the same name many times, empty company and e-mail, equal scores.
    for (int i = 0; i < 60; ++i) {
        Lead l;
        l.firstName = QStringLiteral("Ana");
        l.lastName = QStringLiteral("Silva");
        l.score = 50;
        l.createdAt = 1700000000000; // identical creation times
        m_ws->leads().create(l);
    }
}

QList<qint64> tst_LeadPager::reference(const LeadPager::Spec &spec)
{
    QVariantList params;
    const QByteArray where = spec.filter.whereClause(m_ws->scoreBands(), params);
    const QByteArray expr = LeadPager::sortExpression(spec.sort);
    const char *dir = spec.order == Qt::AscendingOrder ? " ASC" : " DESC";
    Query q(m_ws->db(), ("SELECT leads.id FROM leads JOIN lead_scores ON lead_scores.lead_id = leads.id WHERE " + where + " ORDER BY " + expr + dir + ", leads.id" + dir).toStdString());
    int i = 0;
    for (const QVariant &p : params)
        q.bind(++i, p);
    QList<qint64> ids;
    while (q.next())
        ids << q.int64(0);
    return ids;
}

void tst_LeadPager::windowsMatchOffsetPaging_data()
{
    QTest::addColumn<int>("sort");
    QTest::addColumn<int>("order");
    QTest::addColumn<int>("filter");
    QTest::addColumn<bool>("walkIndex");
    const char *sorts[] = {"name", "email", "company", "stage", "score", "owner", "source", "country", "created", "updated"};
    for (int s = 0; s < 10; ++s) {
        for (int o : {0, 1}) {
            for (int f = 0; f < 4; ++f) {
                for (bool walk : {false, true}) {
                    if (walk && f == 0)
                        continue;
                    QTest::addRow("%s-%s-f%d%s", sorts[s], o ? "desc" : "asc", f, walk ? "-walk" : "")
                        << s << o << f << walk;
                }
            }
        }
    }
}

void tst_LeadPager::windowsMatchOffsetPaging()
{
    QFETCH(int, sort);
    QFETCH(int, order);
    QFETCH(int, filter);
    QFETCH(bool, walkIndex);
    LeadPager::Spec spec;
    spec.sort = LeadSort(sort);
    spec.order = order ? Qt::DescendingOrder : Qt::AscendingOrder;
    switch (filter) {
    case 1: spec.filter.stages = {Stage::Lead, Stage::MQL}; break;
    case 2: spec.filter.search = QStringLiteral("ma"); break;
    case 3:
        spec.filter.temperatures = {Temperature::Warm, Temperature::Hot};
        spec.filter.owners = {0, 1, 2, 3};
        break;
    default: break;
    }
    const QList<qint64> expected = reference(spec);
    QVERIFY(expected.size() > 200);

    for (int pass = 0; pass < 2; ++pass) {
        LeadPager pager(m_ws->db());
        pager.setWalkSortIndexFrom(walkIndex ? 0 : 1000000);
        pager.setSpec(spec);
        QCOMPARE(pager.count(), expected.size());
        if (pass == 1) {
            qint64 count = 0;
            const auto anchors = LeadPager::scanAnchors(m_ws->db(), spec, m_ws->scoreBands(), nullptr, &count);
            QCOMPARE(count, expected.size());
            pager.setAnchors(anchors, count);
        }
        // Jumps, in an order that exercises anchors before and after the target.
        const qint64 n = expected.size();
        QList<qint64> starts{n - 37, 0, 513, 100, 257, n / 2, 1, n - 1, n};
        for (int i = 0; i < 6; ++i)
            starts << QRandomGenerator::global()->bounded(n);
        for (qint64 start : starts) {
            const QList<LeadListRow> rows = pager.fetch(start, 100);
            const QList<qint64> want = expected.mid(start, 100);
            QCOMPARE(rows.size(), want.size());
            for (qsizetype i = 0; i < rows.size(); ++i)
                QCOMPARE(rows.at(i).id, want.at(i));
        }
        // Scrolling down window after window chains on the last key.
        for (qint64 start = 300; start < std::min<qint64>(n, 800); start += 100) {
            const QList<LeadListRow> rows = pager.fetch(start, 100);
            QCOMPARE(rows.first().id, expected.at(start));
        }
    }
}

void tst_LeadPager::rowOfAndIds()
{
    LeadPager::Spec spec;
    spec.sort = LeadSort::Name;
    spec.filter.stages = {Stage::Lead};
    const QList<qint64> expected = reference(spec);
    LeadPager pager(m_ws->db());
    pager.setSpec(spec);
    for (qint64 row : {qint64(0), qint64(17), qint64(expected.size() / 2), qint64(expected.size() - 1)})
        QCOMPARE(pager.rowOf(expected.at(row)), row);
    const qint64 excluded = Query(m_ws->db(), "SELECT id FROM leads WHERE stage <> 2 LIMIT 1").scalar().toLongLong();
    QCOMPARE(pager.rowOf(excluded), -1);
    QCOMPARE(pager.ids(150, 300), expected.mid(150, 300));
}

// Every lead has a lead_scores row; should one be missing, the list still agrees with its count: the lead
// is listed with score 0 and found by rowOf, and a score filter leaves it out of both.
void tst_LeadPager::leadWithoutScoreRow_data()
{
    QTest::addColumn<int>("sort");
    QTest::addColumn<bool>("stageFilter");
    QTest::addColumn<bool>("scoreFilter");
    QTest::addColumn<bool>("listed");
    QTest::newRow("created") << int(LeadSort::Created) << false << false << true;
    QTest::newRow("name, stage") << int(LeadSort::Name) << true << false << true;
    QTest::newRow("created, score") << int(LeadSort::Created) << false << true << false;
    QTest::newRow("name, stage and score") << int(LeadSort::Name) << true << true << false;
}

void tst_LeadPager::leadWithoutScoreRow()
{
    QFETCH(int, sort);
    QFETCH(bool, stageFilter);
    QFETCH(bool, scoreFilter);
    QFETCH(bool, listed);
    QTemporaryDir dir;
    auto ws = TestSupport::createWorkspace(dir.filePath(QStringLiteral("s.leadbench")), 120);
    const qint64 missing = Query(ws->db(), "SELECT id FROM leads WHERE stage = ? ORDER BY id LIMIT 1 OFFSET 3", int(Stage::Lead))
                               .scalar()
                               .toLongLong();
    QVERIFY(missing > 0);
    Query(ws->db(), "DELETE FROM lead_scores WHERE lead_id = ?", missing).exec();

    LeadPager::Spec spec;
    spec.sort = LeadSort(sort);
    if (stageFilter)
        spec.filter.stages = {Stage::Lead};
    if (scoreFilter)
        spec.filter.minScore = 0;
    LeadPager pager(ws->db());
    pager.setSpec(spec);
    const qint64 count = pager.count();
    const QList<LeadListRow> rows = pager.fetch(0, int(count) + 10);
    QCOMPARE(rows.size(), count);
    QList<qint64> ids;
    for (const LeadListRow &r : rows)
        ids << r.id;
    QCOMPARE(pager.ids(0, count + 10), ids);
    QCOMPARE(ids.contains(missing), listed);
    QCOMPARE(pager.rowOf(missing), ids.indexOf(missing));
    if (listed)
        QCOMPARE(rows.at(ids.indexOf(missing)).score, 0);
    for (qint64 row : {qint64(0), count / 2, count - 1})
        QCOMPARE(pager.rowOf(ids.at(row)), row);
}

void tst_LeadPager::invalidateAfterChanges()
{
    LeadPager pager(m_ws->db());
    LeadPager::Spec spec;
    spec.sort = LeadSort::Score;
    spec.order = Qt::DescendingOrder;
    pager.setSpec(spec);
    const qint64 before = pager.count();
    const qint64 id = m_ws->leads().create(Lead{.firstName = QStringLiteral("Top")});
    // Scores are the scoring rules' (create() re-scores); put this one on top by hand.
    Query(m_ws->db(), "UPDATE lead_scores SET score = 100000 WHERE lead_id = ?", id).exec();
    QCOMPARE(pager.count(), before); // cached until told
    pager.invalidate();
    QCOMPARE(pager.count(), before + 1);
    QCOMPARE(pager.fetch(0, 1).first().id, id);
}

QTEST_GUILESS_MAIN(tst_LeadPager)
#include "tst_leadpager.moc"
