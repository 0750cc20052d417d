#include "GuiTestSupport.h"
#include "TestSupport.h"

#include "dashboard/DashboardPage.h"
#include "campaigns/CampaignRepository.h"
#include "kpi/KpiService.h"
#include "leads/LeadRepository.h"
#include "pipeline/PipelineRepository.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "workspace/Workspace.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGraphicsTextItem>
#include <QTextDocumentFragment>
#include <QToolTip>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QImage>
#include <QLabel>
#include <QPieSeries>
#include <QPieSlice>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace GuiTest;

// The dashboard driven as a manager would: range and grouping controls, clicks on bars, edits elsewhere
// in the workspace, exports.
class tst_Dashboard : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void showsTheWorkspaceKpis();
    void groupingAndRangeControls();
    void everyMonthOfAYearIsLabelledWhole();
    void everyCampaignHasALabelAndItsWholeNameOnHover();
    void clickingASalesBarListsTheDeals();
    void clickingAFunnelBarListsTheLeads();
    void clickingASliceListsTheLeadsOfTheSource();
    void followsEditsInTheWorkspace();
    void badRangeSaysWhy();
    void exportsPdfPngAndCsv();
    void campaignsDialogEditsCostEntries();

private:
    void clickBar(DashboardPage::Chart which, int index, bool horizontal);
    static void screenshot(QWidget *widget, const QString &name)
    {
        // LEADBENCH_SCREENSHOTS=folder keeps pictures of the screens for a person to look at.
        const QString folder = qEnvironmentVariable("LEADBENCH_SCREENSHOTS");
        if (!folder.isEmpty())
            widget->grab().save(folder + QLatin1Char('/') + name + QStringLiteral(".png"));
    }
    static qint64 at(int y, int m, int d)
    {
        return QDateTime(QDate(y, m, d), QTime(12, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    }
    qint64 lead(const char *name, qint64 created, const char *source, int stage);
    void wonDeal(qint64 leadId, qint64 closed, double amount);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<DashboardPage> m_page;
};

qint64 tst_Dashboard::lead(const char *name, qint64 created, const char *source, int stage)
{
    Query(m_ws->db(), "INSERT INTO leads (first_name, source, stage, created_at, updated_at) VALUES (?, ?, ?, ?, ?)",
          name, source, stage, created, created)
        .exec();
    return m_ws->db().lastInsertId();
}

void tst_Dashboard::wonDeal(qint64 leadId, qint64 closed, double amount)
{
    Query(m_ws->db(),
          "INSERT INTO deals (pipeline_id, stage_id, title, lead_id, amount, outcome, closed_at, gross_margin, "
          "stage_entered_at, created_at, updated_at) "
          "SELECT pipeline_id, id, 'Deal of ' || ?, ?, ?, 1, ?, ?, ?, ?, ? FROM pipeline_stages WHERE outcome = 1 LIMIT 1",
          QString::number(leadId), leadId, amount, closed, amount / 4, closed, closed, closed)
        .exec();
}

void tst_Dashboard::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_ws = TestSupport::createWorkspace(m_dir->filePath(QStringLiteral("d.leadbench")));
    // Three months: 2026-01 two leads (one customer), 2026-02 three (one customer), 2026-03 one.
    const qint64 a = lead("Ana", at(2026, 1, 3), "webinar", 6);
    lead("Bia", at(2026, 1, 9), "webinar", 2);
    const qint64 c = lead("Caio", at(2026, 2, 2), "seo", 6);
    lead("Duda", at(2026, 2, 5), "seo", 2);
    lead("Eva", at(2026, 2, 7), "trade_show", 4);
    lead("Fábio", at(2026, 3, 1), "seo", 2);
    m_ws->pipelines().ensureDefault();
    wonDeal(a, at(2026, 1, 20), 1000);
    wonDeal(c, at(2026, 2, 20), 3000);

    m_page = std::make_unique<DashboardPage>();
    m_page->resize(1500, 1000);
    m_page->setRange({QDate(2026, 1, 1), QDate(2026, 3, 31)});
    m_page->setWorkspace(m_ws.get(), nullptr);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QTRY_COMPARE(m_page->report().total.leads(), 6);
}

void tst_Dashboard::cleanup()
{
    m_page.reset();
    m_ws.reset();
    m_dir.reset();
}

void tst_Dashboard::showsTheWorkspaceKpis()
{
    auto *table = child<QTableWidget>(m_page.get(), QStringLiteral("dashboardTable"));
    // By campaign: none here, so one group ("No campaign") and the total.
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(1, 0)->text(), QStringLiteral("Total"));
    QCOMPARE(table->item(1, 1)->text(), QLocale().toString(6)); // leads
    const QString summary = child<QLabel>(m_page.get(), QStringLiteral("dashboardSummary"))->text();
    QVERIFY2(summary.contains(QStringLiteral("New customers 2")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("Cost 0.00")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("ROI \u2014")), qPrintable(summary)); // no cost: no ROI, not inf
    const QString leak = child<QLabel>(m_page.get(), QStringLiteral("dashboardLeak"))->text();
    QVERIFY2(leak.contains(QStringLiteral("Leads → MQL")), qPrintable(leak)); // 6 -> 3 is the lowest step
    // The charts hold the figures.
    auto *sales = qobject_cast<QBarSeries *>(m_page->chartView(DashboardPage::Chart::SalesPerMonth)->chart()->series().first());
    QVERIFY(sales);
    QCOMPARE(sales->barSets().first()->count(), 3);
    QCOMPARE(sales->barSets().first()->at(1), 3000.0);
    auto *pie = qobject_cast<QPieSeries *>(m_page->chartView(DashboardPage::Chart::LeadsBySource)->chart()->series().first());
    QVERIFY(pie);
    QCOMPARE(pie->count(), 3);
}

void tst_Dashboard::groupingAndRangeControls()
{
    auto *grouping = child<QComboBox>(m_page.get(), QStringLiteral("dashboardGrouping"));
    auto *table = child<QTableWidget>(m_page.get(), QStringLiteral("dashboardTable"));
    grouping->setFocus();
    QTest::keyClick(grouping, Qt::Key_Down); // Campaign -> Source
    QTRY_COMPARE(m_page->report().grouping, Kpi::Grouping::Source);
    QTRY_COMPARE(table->horizontalHeaderItem(0)->text(), QStringLiteral("Source"));
    QCOMPARE(table->rowCount(), 4); // Organic search, Trade show / event, Webinar, total
    QTest::keyClick(grouping, Qt::Key_Down); // Rep
    QTest::keyClick(grouping, Qt::Key_Down); // Month
    QTRY_COMPARE(m_page->report().grouping, Kpi::Grouping::Month);
    QTRY_COMPARE(table->rowCount(), 4); // three months and the total
    QCOMPARE(table->item(1, 1)->text(), QLocale().toString(3)); // February's leads

    // The range: the last day moves back to February; March's lead drops out.
    auto *to = child<QDateEdit>(m_page.get(), QStringLiteral("dashboardTo"));
    to->setFocus();
    to->setSelectedSection(QDateTimeEdit::MonthSection);
    QTest::keyClick(to, Qt::Key_Down);
    QCOMPARE(to->date(), QDate(2026, 2, 28));
    QTRY_COMPARE(m_page->report().total.leads(), 5);
    QTRY_COMPARE(table->rowCount(), 3);
}

void tst_Dashboard::everyMonthOfAYearIsLabelledWhole()
{
    // A year on a laptop screen: each month's label is on the sales chart, whole (before: Qt Charts cut the
    // slanted labels to "S..." and dropped some).
    m_page->resize(1280, 720);
    m_page->setRange({QDate(2025, 12, 1), QDate(2026, 11, 30)});
    QTRY_COMPARE(m_page->report().months.size(), 12);
    QChartView *view = m_page->chartView(DashboardPage::Chart::SalesPerMonth);
    QCoreApplication::processEvents();
    view->grab(); // lays the chart out
    QStringList texts;
    for (QGraphicsItem *item : view->scene()->items()) {
        if (auto *text = dynamic_cast<QGraphicsTextItem *>(item); text && text->isVisible())
            texts << text->toPlainText();
    }
    for (QDate m(2025, 12, 1); m <= QDate(2026, 11, 1); m = m.addMonths(1)) {
        const QString label = QLocale().toString(m, QStringLiteral("MMM yy"));
        QVERIFY2(texts.contains(label), qPrintable(label + QStringLiteral(" not in: ") + texts.join(u'|')));
    }
    for (const QString &t : std::as_const(texts))
        QVERIFY2(!t.contains(QChar(0x2026)) && !t.endsWith(QStringLiteral("...")), qPrintable(t));
}

void tst_Dashboard::everyCampaignHasALabelAndItsWholeNameOnHover()
{
    // Ten campaigns with long names: each keeps a label under its bars (before: Qt Charts cut them to
    // "S..." and dropped the first and the last); hovering a bar shows the whole name.
    QStringList names;
    for (int i = 0; i < 10; ++i) {
        names << QStringLiteral("Campaign with a long name <b>number %1").arg(i);
        Query(m_ws->db(), "INSERT INTO campaigns (name, channel, cost, starts_on, ends_on, created_at) "
                          "VALUES (?, 'webinar', ?, '2026-01-01', '2026-03-31', 0)",
              names.last(), 1000 + 100 * (10 - i))
            .exec();
        Query(m_ws->db(), "UPDATE leads SET campaign_id = ? WHERE id = (SELECT min(id) FROM leads WHERE campaign_id IS NULL)",
              m_ws->db().lastInsertId())
            .exec();
    }
    m_page->resize(1280, 720);
    m_page->refreshNow();
    QChartView *view = m_page->chartView(DashboardPage::Chart::CostByCampaign);
    auto labelsShown = [view] {
        view->grab(); // lays the chart out
        QStringList labels;
        for (QGraphicsItem *item : view->scene()->items()) {
            if (auto *text = dynamic_cast<QGraphicsTextItem *>(item); text && text->isVisible() &&
                text->toPlainText().startsWith(QStringLiteral("Cam")))
                labels << text->toPlainText();
        }
        return labels;
    };
    QTRY_COMPARE(labelsShown().size(), 10);
    const QStringList labels = labelsShown();
    QCOMPARE(labels.size(), 10);
    QSet<QString> distinct;
    for (const QString &l : std::as_const(labels)) {
        QVERIFY2(!l.endsWith(QStringLiteral("...")), qPrintable(l));
        distinct.insert(QString(l).remove(QChar(0x200B)));
    }
    QCOMPARE(distinct.size(), 10); // names alike but for their end stay apart

    auto *series = qobject_cast<QBarSeries *>(view->chart()->series().first());
    QVERIFY(series);
    emit series->hovered(true, 0, series->barSets().first());
    QTRY_VERIFY(QToolTip::isVisible());
    QCOMPARE(QTextDocumentFragment::fromHtml(QToolTip::text()).toPlainText(), names.first()); // shown as plain text
    emit series->hovered(false, 0, series->barSets().first());
}

void tst_Dashboard::clickBar(DashboardPage::Chart which, int index, bool horizontal)
{
    QChartView *view = m_page->chartView(which);
    QChart *chart = view->chart();
    QAbstractBarSeries *series = nullptr;
    for (QAbstractSeries *s : chart->series()) {
        if ((series = qobject_cast<QAbstractBarSeries *>(s)))
            break;
    }
    QVERIFY(series);
    const double value = series->barSets().first()->at(index);
    const QPointF inChart = horizontal ? chart->mapToPosition(QPointF(value / 2, index), series)
                                       : chart->mapToPosition(QPointF(index, value / 2), series);
    const QPoint inView = view->mapFromScene(chart->mapToScene(inChart));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, inView);
}

void tst_Dashboard::clickingASalesBarListsTheDeals()
{
    auto *list = child<QTableWidget>(m_page.get(), QStringLiteral("dashboardDrillList"));
    clickBar(DashboardPage::Chart::SalesPerMonth, 1, false); // February
    QTRY_COMPARE(list->rowCount(), 1);
    QCOMPARE(list->horizontalHeaderItem(0)->text(), QStringLiteral("Deal"));
    QVERIFY(list->item(0, 0)->text().startsWith(QStringLiteral("Deal of ")));
    QVERIFY(child<QLabel>(m_page.get(), QStringLiteral("dashboardDrillTitle"))->text().contains(QStringLiteral("sales of")));

    // Activating the deal (Enter, or a double click) asks to open its lead.
    QSignalSpy open(m_page.get(), &DashboardPage::openLeadRequested);
    const QRect r = list->visualItemRect(list->item(0, 0));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, Qt::NoModifier, r.center());
    QTest::keyClick(list, Qt::Key_Return);
    QTRY_COMPARE(open.count(), 1);
    QVERIFY(open.first().first().toLongLong() > 0);
}

void tst_Dashboard::clickingAFunnelBarListsTheLeads()
{
    auto *list = child<QTableWidget>(m_page.get(), QStringLiteral("dashboardDrillList"));
    // Bars from the bottom: Customer, Opportunity, SQL, MQL, Leads. MQL reached: Eva (SQL), Ana, Caio.
    clickBar(DashboardPage::Chart::Funnel, 3, true);
    QTRY_COMPARE(list->rowCount(), 3);
    screenshot(m_page.get(), QStringLiteral("dashboard-funnel-click"));
    QCOMPARE(list->horizontalHeaderItem(0)->text(), QStringLiteral("Lead"));
    QStringList names;
    for (int r = 0; r < list->rowCount(); ++r)
        names << list->item(r, 0)->text();
    QCOMPARE(names, (QStringList{QStringLiteral("Eva"), QStringLiteral("Caio"), QStringLiteral("Ana")}));
}

void tst_Dashboard::clickingASliceListsTheLeadsOfTheSource()
{
    auto *list = child<QTableWidget>(m_page.get(), QStringLiteral("dashboardDrillList"));
    QChartView *view = m_page->chartView(DashboardPage::Chart::LeadsBySource);
    auto *pie = qobject_cast<QPieSeries *>(view->chart()->series().first());
    QPieSlice *seo = nullptr;
    for (QPieSlice *s : pie->slices()) {
        if (s->label().startsWith(QStringLiteral("Organic search")))
            seo = s;
    }
    QVERIFY(seo);
    // The middle of the slice: its angles are clockwise from 12 o'clock.
    const QRectF plot = view->chart()->plotArea();
    const double radius = std::min(plot.width(), plot.height()) * pie->pieSize() / 2;
    const double angle = qDegreesToRadians(seo->startAngle() + seo->angleSpan() / 2);
    const QPointF centre(plot.left() + plot.width() * pie->horizontalPosition(),
                         plot.top() + plot.height() * pie->verticalPosition());
    const QPointF p(centre.x() + radius / 2 * std::sin(angle), centre.y() - radius / 2 * std::cos(angle));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier,
                      view->mapFromScene(view->chart()->mapToScene(p)));
    QTRY_COMPARE(list->rowCount(), 3); // Caio, Duda, Fábio
    QCOMPARE(list->item(0, 0)->text(), QStringLiteral("Fábio"));
}

void tst_Dashboard::followsEditsInTheWorkspace()
{
    QSignalSpy refreshed(m_page.get(), &DashboardPage::refreshed);
    Lead l;
    l.firstName = QStringLiteral("Gil");
    l.email = QStringLiteral("gil@example.com");
    l.source = QStringLiteral("webinar");
    const qint64 id = m_ws->leads().create(l);
    // Created now: the range must include today for it to count.
    const QDate today = QDateTime::currentDateTimeUtc().date();
    m_page->setRange({QDate(2026, 1, 1), std::max(today, QDate(2026, 3, 31))});
    QTRY_COMPARE(m_page->report().total.leads(), 7);
    m_ws->leads().remove({id});
    QTRY_COMPARE(m_page->report().total.leads(), 6);
    QVERIFY(refreshed.count() >= 2);
}

void tst_Dashboard::badRangeSaysWhy()
{
    auto *from = child<QDateEdit>(m_page.get(), QStringLiteral("dashboardFrom"));
    from->setDate(QDate(2026, 6, 1));
    QTRY_VERIFY(child<QLabel>(m_page.get(), QStringLiteral("dashboardSummary"))->text().contains(QStringLiteral("is after the last day")));
    from->setDate(QDate(2026, 1, 1));
    QTRY_VERIFY(child<QLabel>(m_page.get(), QStringLiteral("dashboardSummary"))->text().contains(QStringLiteral("Leads 6")));
}

void tst_Dashboard::exportsPdfPngAndCsv()
{
    QTemporaryDir out;
    QString error;
    const QString pdf = out.filePath(QStringLiteral("report.pdf"));
    QVERIFY2(m_page->exportPdf(pdf, &error), qPrintable(error));
    QFile f(pdf);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith("%PDF"));
    const qsizetype pages = bytes.count("/Type /Page\n") + bytes.count("/Type /Page\r") + bytes.count("/Type /Page ")
        + bytes.count("/Type /Page/") + bytes.count("/Type /Page>");
    QVERIFY2(pages >= 7, qPrintable(QString::number(pages))); // totals, five charts, tables

    QStringList written;
    QVERIFY2(m_page->exportPngs(out.path(), &written, &error), qPrintable(error));
    QCOMPARE(written.size(), 5);
    for (const QString &png : written) {
        const QImage image(png);
        QVERIFY2(!image.isNull() && image.width() >= 900, qPrintable(png));
    }

    written.clear();
    QVERIFY2(m_page->exportCsvs(out.path(), &written, &error), qPrintable(error));
    QCOMPARE(written.size(), 4);
    QFile csv(out.filePath(QStringLiteral("kpi_by_campaign.csv")));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QVERIFY(csv.readLine().startsWith("key,label,leads,"));

    // A folder that cannot be written: a clear error, naming the file.
    QVERIFY(!m_page->exportCsvs(out.filePath(QStringLiteral("missing/folder")), &written, &error));
    QVERIFY2(error.contains(QStringLiteral("kpi_by_campaign.csv")), qPrintable(error));
}

void tst_Dashboard::campaignsDialogEditsCostEntries()
{
    Campaign c;
    c.name = QStringLiteral("Salon Lisboa");
    c.channel = QStringLiteral("trade_show");
    m_ws->campaigns().add(c);
    QTRY_COMPARE(m_page->report().total.cost, std::optional<double>(0.0));

    QString error;
    bool done = false;
    onNextModal([&](QWidget *w) {
        auto *dialog = qobject_cast<QDialog *>(w);
        QVERIFY(dialog);
        auto *list = child<QListWidget>(dialog, QStringLiteral("campaignList"));
        QCOMPARE(list->count(), 1);
        QCOMPARE(list->currentItem()->text(), QStringLiteral("Salon Lisboa"));
        // A cost entry of 1,200 and 300 visitors on 2026-02-10.
        child<QDateEdit>(dialog, QStringLiteral("costDay"))->setDate(QDate(2026, 2, 10));
        auto *amount = child<QDoubleSpinBox>(dialog, QStringLiteral("costAmount"));
        amount->selectAll();
        QTest::keyClicks(amount, QStringLiteral("1200"));
        auto *visitors = child<QSpinBox>(dialog, QStringLiteral("costVisitors"));
        visitors->selectAll();
        QTest::keyClicks(visitors, QStringLiteral("300"));
        QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("costAdd")), Qt::LeftButton);
        QCOMPARE(child<QTableWidget>(dialog, QStringLiteral("campaignCosts"))->rowCount(), 1);
        screenshot(dialog, QStringLiteral("campaigns"));
        QVERIFY(!child<QDoubleSpinBox>(dialog, QStringLiteral("campaignCost"))->isEnabled()); // the entries' sum now
        // An empty name is refused, with a message.
        child<QLineEdit>(dialog, QStringLiteral("campaignName"))->clear();
        captureNextMessage(&error);
        QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("campaignSave")), Qt::LeftButton);
        dialog->reject();
        done = true;
    });
    QTest::mouseClick(child<QPushButton>(m_page.get(), QStringLiteral("dashboardCampaigns")), Qt::LeftButton);
    QTRY_VERIFY(done);
    QVERIFY2(error.contains(QStringLiteral("needs a name")), qPrintable(error));
    QCOMPARE(m_ws->campaigns().findByName(QStringLiteral("Salon Lisboa"))->cost, 1200.0);
    QTRY_COMPARE(m_page->report().total.cost, std::optional<double>(1200.0));
    QCOMPARE(m_page->report().total.visitors, 300);
}

QTEST_MAIN(tst_Dashboard)
#include "tst_dashboard.moc"
