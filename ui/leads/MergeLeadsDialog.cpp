#include "MergeLeadsDialog.h"

#include <QButtonGroup>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace {

QString shown(const Lead &lead, LeadField field)
{
    const QVariant v = lead.value(field);
    if (v.isNull())
        return QString();
    switch (LeadFields::info(field).type) {
    case LeadFields::Type::Timestamp:
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(v.toLongLong()), QLocale::ShortFormat);
    case LeadFields::Type::Stage:
        return Lifecycle::displayName(lead.stage);
    case LeadFields::Type::Real:
        return QLocale().toString(v.toDouble(), 'f', 0);
    default:
        return v.toString();
    }
}

QRadioButton *plainRadio(const QString &text, QWidget *parent)
{
    // Radio buttons render their text as plain text; elide very long values (notes) in the label.
    auto *radio = new QRadioButton(text.size() > 80 ? text.left(77) + QStringLiteral("…") : text, parent);
    radio->setToolTip(text);
    return radio;
}

} // namespace

MergeLeadsDialog::MergeLeadsDialog(const Lead &a, const Lead &b, int activitiesA, int activitiesB, QWidget *parent)
    : QDialog(parent)
    , m_a(a)
    , m_b(b)
{
    setObjectName(QStringLiteral("mergeLeadsDialog"));
    setWindowTitle(tr("Merge two leads"));
    const MergePlan proposed = MergePlan::propose(a, b);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The two leads become one. Pick the record that stays and, where they differ, the "
                                "value to keep. All %L1 activities and both stage histories are kept.")
                                 .arg(activitiesA + activitiesB),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("Keep record:"), this), 0, 0);
    m_keepA = plainRadio(tr("#%1, created %2").arg(a.id).arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(a.createdAt).date(), QLocale::ShortFormat)), this);
    m_keepA->setObjectName(QStringLiteral("keepFirst"));
    m_keepB = plainRadio(tr("#%1, created %2").arg(b.id).arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(b.createdAt).date(), QLocale::ShortFormat)), this);
    m_keepB->setObjectName(QStringLiteral("keepSecond"));
    auto *survivor = new QButtonGroup(this);
    survivor->addButton(m_keepA);
    survivor->addButton(m_keepB);
    (proposed.survivorId == a.id ? m_keepA : m_keepB)->setChecked(true);
    grid->addWidget(m_keepA, 0, 1);
    grid->addWidget(m_keepB, 0, 2);

    int row = 1;
    for (const LeadFields::Info &info : LeadFields::all()) {
        if (!MergePlan::isMergeable(info.field))
            continue;
        const QString va = shown(a, info.field);
        const QString vb = shown(b, info.field);
        if (va == vb)
            continue;
        grid->addWidget(new QLabel(LeadFields::label(info.field) + QLatin1Char(':'), this), row, 0);
        auto *ra = plainRadio(va.isEmpty() ? tr("(empty)") : va, this);
        auto *rb = plainRadio(vb.isEmpty() ? tr("(empty)") : vb, this);
        ra->setObjectName(QStringLiteral("first_") + LeadFields::key(info.field));
        rb->setObjectName(QStringLiteral("second_") + LeadFields::key(info.field));
        auto *group = new QButtonGroup(this);
        group->addButton(ra, 0);
        group->addButton(rb, 1);
        // Default: the proposal's value (which may be the other lead's when the survivor's is empty).
        const QVariant proposedValue = proposed.values.contains(info.field)
            ? proposed.values.value(info.field)
            : (proposed.survivorId == a.id ? a : b).value(info.field);
        const bool fromA = proposedValue == a.value(info.field);
        (fromA ? ra : rb)->setChecked(true);
        m_choices.insert(info.field, group);
        grid->addWidget(ra, row, 1);
        grid->addWidget(rb, row, 2);
        if (info.field == LeadField::Notes && !va.isEmpty() && !vb.isEmpty()) {
            auto *both = new QRadioButton(tr("Both, one after the other"), this);
            both->setObjectName(QStringLiteral("both_notes"));
            group->addButton(both, 2);
            both->setChecked(true);
            grid->addWidget(both, ++row, 1, 1, 2);
        }
        ++row;
    }
    if (m_choices.isEmpty())
        grid->addWidget(new QLabel(tr("The two leads hold the same values."), this), row, 0, 1, 3);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);

    auto *scroll = new QScrollArea(this);
    auto *inner = new QWidget(scroll);
    inner->setLayout(grid);
    scroll->setWidget(inner);
    scroll->setWidgetResizable(true);
    layout->addWidget(scroll, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Merge"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(760, 560);
}

void MergeLeadsDialog::choose(LeadField field, bool fromFirst)
{
    if (QButtonGroup *group = m_choices.value(field))
        group->button(fromFirst ? 0 : 1)->setChecked(true);
}

void MergeLeadsDialog::setSurvivor(bool first)
{
    (first ? m_keepA : m_keepB)->setChecked(true);
}

MergePlan MergeLeadsDialog::plan() const
{
    const bool keepA = m_keepA->isChecked();
    const Lead &survivor = keepA ? m_a : m_b;
    const Lead &other = keepA ? m_b : m_a;
    MergePlan plan;
    plan.survivorId = survivor.id;
    plan.otherId = other.id;
    for (const LeadFields::Info &info : LeadFields::all()) {
        if (!MergePlan::isMergeable(info.field))
            continue;
        QVariant chosen;
        if (QButtonGroup *group = m_choices.value(info.field); group && group->checkedId() == 2)
            chosen = survivor.notes.trimmed() + QStringLiteral("\n\n") + other.notes.trimmed();
        else if (group)
            chosen = (group->checkedId() == 0 ? m_a : m_b).value(info.field);
        else
            chosen = survivor.value(info.field);
        if (chosen != survivor.value(info.field))
            plan.values.insert(info.field, chosen);
    }
    return plan;
}
