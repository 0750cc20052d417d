#include "LeadFilterBar.h"

#include "distribution/RepRepository.h"
#include "leads/Lead.h"
#include "leads/LeadRepository.h"
#include "leads/SegmentRepository.h"
#include "shell/ErrorReporting.h"
#include "shell/Icons.h"
#include "widgets/CheckableComboBox.h"
#include "widgets/FlowLayout.h"
#include "workspace/Workspace.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSpinBox>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

constexpr int ScoreAny = -10000; // the spin boxes' "Any" value
const QDate DateAny(1900, 1, 1);

QDateEdit *makeDateEdit(const QString &name, QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(DateAny);
    edit->setSpecialValueText(LeadFilterBar::tr("any"));
    edit->setDate(DateAny);
    edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    return edit;
}

QSpinBox *makeScoreEdit(const QString &name, QWidget *parent)
{
    auto *spin = new QSpinBox(parent);
    spin->setObjectName(name);
    spin->setRange(ScoreAny, 10000);
    spin->setSpecialValueText(LeadFilterBar::tr("any"));
    spin->setValue(ScoreAny);
    spin->setKeyboardTracking(false);
    return spin;
}

} // namespace

LeadFilterBar::LeadFilterBar(QWidget *parent)
    : QWidget(parent)
{
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    connect(m_debounce, &QTimer::timeout, this, [this] { emit filterChanged(filter()); });

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("leadSearch"));
    m_search->setPlaceholderText(tr("Search name, e-mail, company, notes…"));
    m_search->setAccessibleName(tr("Search leads"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(220);
    m_search->addAction(Icons::icon(Icons::Glyph::Search), QLineEdit::LeadingPosition);
    connect(m_search, &QLineEdit::textChanged, this, [this] { emitSoon(120); });

    m_segments = new QComboBox(this);
    m_segments->setObjectName(QStringLiteral("segmentCombo"));
    m_segments->setAccessibleName(tr("Segment"));
    m_segments->setMinimumContentsLength(14);
    m_segments->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    connect(m_segments, &QComboBox::activated, this, &LeadFilterBar::applySegment);

    m_saveSegment = new QToolButton(this);
    m_saveSegment->setObjectName(QStringLiteral("saveSegmentButton"));
    m_saveSegment->setText(tr("Save as segment…"));
    m_saveSegment->setIcon(Icons::icon(Icons::Glyph::Segment));
    m_saveSegment->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_saveSegment->setToolTip(tr("Save the current search and filters under a name"));
    connect(m_saveSegment, &QToolButton::clicked, this, &LeadFilterBar::saveSegment);

    m_deleteSegment = new QToolButton(this);
    m_deleteSegment->setObjectName(QStringLiteral("deleteSegmentButton"));
    m_deleteSegment->setIcon(Icons::icon(Icons::Glyph::Delete));
    m_deleteSegment->setToolTip(tr("Delete the selected segment"));
    m_deleteSegment->setAccessibleName(tr("Delete segment"));
    connect(m_deleteSegment, &QToolButton::clicked, this, &LeadFilterBar::deleteSegment);

    m_toggleFilters = new QToolButton(this);
    m_toggleFilters->setObjectName(QStringLiteral("toggleFiltersButton"));
    m_toggleFilters->setText(tr("Filters"));
    m_toggleFilters->setIcon(Icons::icon(Icons::Glyph::Filter));
    m_toggleFilters->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toggleFilters->setCheckable(true);
    m_toggleFilters->setChecked(true);

    m_clear = new QToolButton(this);
    m_clear->setObjectName(QStringLiteral("clearFiltersButton"));
    m_clear->setText(tr("Clear"));
    m_clear->setToolTip(tr("Clear the search and all filters"));
    connect(m_clear, &QToolButton::clicked, this, &LeadFilterBar::clear);

    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_search, 1);
    top->addWidget(m_toggleFilters);
    top->addWidget(m_clear);

    m_filterRow = new QWidget(this);
    m_stages = new CheckableComboBox(tr("Stage"), m_filterRow);
    m_stages->setObjectName(QStringLiteral("stageFilter"));
    for (Stage s : Lifecycle::allStages())
        m_stages->addCheckableItem(Lifecycle::displayName(s), int(s));
    m_owners = new CheckableComboBox(tr("Owner"), m_filterRow);
    m_owners->setObjectName(QStringLiteral("ownerFilter"));
    m_sources = new CheckableComboBox(tr("Source"), m_filterRow);
    m_sources->setObjectName(QStringLiteral("sourceFilter"));
    m_temperatures = new CheckableComboBox(tr("Temperature"), m_filterRow);
    m_temperatures->setObjectName(QStringLiteral("temperatureFilter"));
    for (Temperature t : {Temperature::Hot, Temperature::Warm, Temperature::Cold})
        m_temperatures->addCheckableItem(Temperatures::displayName(t), int(t));
    m_countries = new CheckableComboBox(tr("Country"), m_filterRow);
    m_countries->setObjectName(QStringLiteral("countryFilter"));
    m_minScore = makeScoreEdit(QStringLiteral("minScore"), m_filterRow);
    m_minScore->setAccessibleName(tr("Lowest score"));
    m_maxScore = makeScoreEdit(QStringLiteral("maxScore"), m_filterRow);
    m_maxScore->setAccessibleName(tr("Highest score"));
    m_createdFrom = makeDateEdit(QStringLiteral("createdFrom"), m_filterRow);
    m_createdFrom->setAccessibleName(tr("Created from"));
    m_createdTo = makeDateEdit(QStringLiteral("createdTo"), m_filterRow);
    m_createdTo->setAccessibleName(tr("Created until"));

    for (CheckableComboBox *box : {m_stages, m_owners, m_sources, m_temperatures, m_countries})
        connect(box, &CheckableComboBox::checkedChanged, this, [this] { emitSoon(0); });
    for (QSpinBox *spin : {m_minScore, m_maxScore})
        connect(spin, &QSpinBox::valueChanged, this, [this] { emitSoon(0); });
    for (QDateEdit *date : {m_createdFrom, m_createdTo})
        connect(date, &QDateEdit::dateChanged, this, [this] { emitSoon(0); });

    auto *row = new FlowLayout(m_filterRow);
    auto *segmentGroup = new QWidget(m_filterRow);
    auto *segmentLayout = new QHBoxLayout(segmentGroup);
    segmentLayout->setContentsMargins(0, 0, 0, 0);
    auto *segmentLabel = new QLabel(tr("Segment:"), segmentGroup);
    segmentLabel->setBuddy(m_segments);
    m_segments->setParent(segmentGroup);
    m_saveSegment->setParent(segmentGroup);
    m_deleteSegment->setParent(segmentGroup);
    segmentLayout->addWidget(segmentLabel);
    segmentLayout->addWidget(m_segments);
    segmentLayout->addWidget(m_saveSegment);
    segmentLayout->addWidget(m_deleteSegment);
    row->addWidget(segmentGroup);
    row->addWidget(m_stages);
    row->addWidget(m_owners);
    row->addWidget(m_sources);
    row->addWidget(m_temperatures);
    row->addWidget(m_countries);
    // Each range stays together when the row wraps.
    auto range = [this](const QString &label, QWidget *from, QWidget *to) {
        auto *group = new QWidget(m_filterRow);
        auto *layout = new QHBoxLayout(group);
        layout->setContentsMargins(0, 0, 0, 0);
        auto *caption = new QLabel(label, group);
        caption->setBuddy(from);
        from->setParent(group);
        to->setParent(group);
        layout->addWidget(caption);
        layout->addWidget(from);
        layout->addWidget(new QLabel(QStringLiteral("–"), group));
        layout->addWidget(to);
        return group;
    };
    row->addWidget(range(tr("Score:"), m_minScore, m_maxScore));
    row->addWidget(range(tr("Created:"), m_createdFrom, m_createdTo));
    connect(m_toggleFilters, &QToolButton::toggled, m_filterRow, &QWidget::setVisible);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addWidget(m_filterRow);
}

void LeadFilterBar::setWorkspace(Workspace *workspace)
{
    if (m_workspace)
        disconnect(&m_workspace->segments(), nullptr, this, nullptr);
    m_workspace = workspace;
    m_updating = true;
    m_search->clear();
    m_updating = false;
    reloadChoices();
    reloadSegments();
    setFilter(LeadFilter());
    setEnabled(workspace != nullptr);
}

void LeadFilterBar::reloadChoices()
{
    const QVariantList owners = m_owners->checkedData();
    const QVariantList sources = m_sources->checkedData();
    const QVariantList countries = m_countries->checkedData();
    m_owners->clearItems();
    m_sources->clearItems();
    m_countries->clearItems();
    if (!m_workspace)
        return;
    quietly([&] {
        m_owners->addCheckableItem(tr("Unassigned"), qint64(0));
        for (const Rep &rep : m_workspace->reps().all())
            m_owners->addCheckableItem(rep.name, rep.id);
        QStringList sourceKeys = LeadSources::keys();
        for (const auto &value : m_workspace->leads().distinctValues(LeadField::Source)) {
            if (!sourceKeys.contains(value.first))
                sourceKeys << value.first;
        }
        for (const QString &key : sourceKeys)
            m_sources->addCheckableItem(LeadSources::displayName(key), key);
        for (const auto &value : m_workspace->leads().distinctValues(LeadField::Country, 300))
            m_countries->addCheckableItem(value.first, value.first);
    });
    m_owners->setCheckedData(owners);
    m_sources->setCheckedData(sources);
    m_countries->setCheckedData(countries);
}

void LeadFilterBar::reloadSegments(qint64 select)
{
    m_segments->clear();
    m_segments->addItem(tr("All leads"), qint64(0));
    if (m_workspace) {
        quietly([&] {
            for (const Segment &s : m_workspace->segments().all())
                m_segments->addItem(Icons::icon(Icons::Glyph::Segment), s.name, s.id);
        });
    }
    const int index = m_segments->findData(select);
    m_segments->setCurrentIndex(index < 0 ? 0 : index);
    m_deleteSegment->setEnabled(m_segments->currentIndex() > 0);
}

void LeadFilterBar::applySegment(int index)
{
    m_deleteSegment->setEnabled(index > 0);
    const qint64 id = m_segments->itemData(index).toLongLong();
    if (!m_workspace)
        return;
    if (id == 0) {
        setFilter(LeadFilter());
    } else if (const auto segment = m_workspace->segments().find(id)) {
        setFilter(segment->filter);
    }
    m_debounce->stop();
    emit filterChanged(filter());
}

LeadFilter LeadFilterBar::filter() const
{
    LeadFilter f;
    f.search = m_search->text();
    for (const QVariant &v : m_stages->checkedData())
        f.stages << Stage(v.toInt());
    for (const QVariant &v : m_owners->checkedData())
        f.owners << v.toLongLong();
    for (const QVariant &v : m_sources->checkedData())
        f.sources << v.toString();
    for (const QVariant &v : m_temperatures->checkedData())
        f.temperatures << Temperature(v.toInt());
    for (const QVariant &v : m_countries->checkedData())
        f.countries << v.toString();
    if (m_minScore->value() != ScoreAny)
        f.minScore = m_minScore->value();
    if (m_maxScore->value() != ScoreAny)
        f.maxScore = m_maxScore->value();
    if (m_createdFrom->date() != DateAny)
        f.createdFrom = m_createdFrom->date();
    if (m_createdTo->date() != DateAny)
        f.createdTo = m_createdTo->date();
    return f;
}

void LeadFilterBar::setFilter(const LeadFilter &f)
{
    m_updating = true;
    const QSignalBlocker b1(m_search), b2(m_minScore), b3(m_maxScore), b4(m_createdFrom), b5(m_createdTo);
    m_search->setText(f.search);
    QVariantList stages, owners, temperatures;
    for (Stage s : f.stages)
        stages << int(s);
    for (qint64 o : f.owners)
        owners << o;
    for (Temperature t : f.temperatures)
        temperatures << int(t);
    m_stages->setCheckedData(stages);
    m_owners->setCheckedData(owners);
    QVariantList sources, countries;
    for (const QString &s : f.sources)
        sources << s;
    for (const QString &c : f.countries)
        countries << c;
    m_sources->setCheckedData(sources);
    m_countries->setCheckedData(countries);
    m_temperatures->setCheckedData(temperatures);
    m_minScore->setValue(f.minScore.value_or(ScoreAny));
    m_maxScore->setValue(f.maxScore.value_or(ScoreAny));
    m_createdFrom->setDate(f.createdFrom.value_or(DateAny));
    m_createdTo->setDate(f.createdTo.value_or(DateAny));
    m_updating = false;
}

void LeadFilterBar::emitSoon(int delayMs)
{
    if (m_updating)
        return;
    m_debounce->start(delayMs);
}

void LeadFilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void LeadFilterBar::clear()
{
    m_segments->setCurrentIndex(0);
    m_deleteSegment->setEnabled(false);
    setFilter(LeadFilter());
    m_debounce->stop();
    emit filterChanged(filter());
}

void LeadFilterBar::saveSegment()
{
    if (!m_workspace)
        return;
    const LeadFilter current = filter();
    if (current.isEmpty()) {
        inform(this, tr("Save segment"), tr("Search or filter first: a segment saves the current search and filters."));
        return;
    }
    bool ok = false;
    const QString suggested = m_segments->currentIndex() > 0 ? m_segments->currentText() : QString();
    const QString name = QInputDialog::getText(this, tr("Save segment"), tr("Segment name:"), QLineEdit::Normal,
                                               suggested, &ok)
                             .trimmed();
    if (!ok || name.isEmpty())
        return;
    if (m_workspace->segments().findByName(name)
        && !askYesNo(this, tr("Save segment"), tr("A segment named \"%1\" exists. Replace its filters?").arg(name)))
        return;
    qint64 id = 0;
    if (guarded(this, tr("Save segment"), [&] { id = m_workspace->segments().save(name, current); }))
        reloadSegments(id);
}

void LeadFilterBar::deleteSegment()
{
    const int index = m_segments->currentIndex();
    if (!m_workspace || index <= 0)
        return;
    const QString name = m_segments->currentText();
    if (!askYesNo(this, tr("Delete segment"),
                  tr("Delete the segment \"%1\"? The leads stay; only the saved filter goes.").arg(name)))
        return;
    if (guarded(this, tr("Delete segment"),
                [&] { m_workspace->segments().remove(m_segments->itemData(index).toLongLong()); }))
        reloadSegments();
}
