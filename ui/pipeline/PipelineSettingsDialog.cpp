#include "PipelineSettingsDialog.h"

#include "pipeline/PipelineRepository.h"
#include "settings/Formats.h"
#include "shell/ErrorReporting.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum StageColumn { NameColumn, KindColumn, ProbabilityColumn, RottingColumn, ColumnCount };
constexpr int StageIdRole = Qt::UserRole + 1;
} // namespace

PipelineSettingsDialog::PipelineSettingsDialog(Workspace &workspace, const Pipeline &pipeline, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_pipeline(pipeline)
{
    setObjectName(QStringLiteral("pipelineSettings"));
    setWindowTitle(tr("Pipeline settings"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_name = new QLineEdit(pipeline.name, this);
    m_name->setObjectName(QStringLiteral("pipelineName"));
    m_name->setAccessibleName(tr("Pipeline name"));
    form->addRow(tr("&Name:"), m_name);
    layout->addLayout(form);

    m_stages = new QTableWidget(0, ColumnCount, this);
    m_stages->setObjectName(QStringLiteral("pipelineStages"));
    m_stages->setAccessibleName(tr("Stages"));
    m_stages->setHorizontalHeaderLabels({tr("Stage"), tr("Kind"), tr("Probability"), tr("Rots after")});
    m_stages->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_stages->verticalHeader()->hide();
    m_stages->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_stages->setSelectionMode(QAbstractItemView::SingleSelection);
    for (const PipelineStage &s : pipeline.stages)
        addRow(s, m_stages->rowCount());
    layout->addWidget(m_stages, 1);

    auto *hint = new QLabel(tr("Deals move from left to right. A pipeline has one Won and one Lost stage; a stage that "
                               "holds deals cannot be removed."),
                            this);
    hint->setWordWrap(true);
    layout->addWidget(hint);

    auto *row = new QHBoxLayout;
    auto button = [&](const QString &text, const char *name, auto slot) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QString::fromLatin1(name));
        connect(b, &QPushButton::clicked, this, slot);
        row->addWidget(b);
        return b;
    };
    button(tr("&Add stage"), "addStage", [this] { addStage(); });
    button(tr("&Remove stage"), "removeStage", [this] { removeStage(); });
    button(tr("Move &up"), "moveStageUp", [this] { moveStage(-1); });
    button(tr("Move &down"), "moveStageDown", [this] { moveStage(1); });
    row->addStretch(1);
    layout->addLayout(row);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(640, 420);
}

void PipelineSettingsDialog::addRow(const PipelineStage &s, int row)
{
    m_stages->insertRow(row);
    auto *name = new QTableWidgetItem(s.name);
    name->setData(StageIdRole, s.id);
    m_stages->setItem(row, NameColumn, name);
    auto *kind = new QComboBox(m_stages);
    kind->setObjectName(QStringLiteral("stageKind"));
    kind->setAccessibleName(tr("Kind of stage"));
    kind->addItem(DealOutcomes::displayName(DealOutcome::Open), int(DealOutcome::Open));
    kind->addItem(DealOutcomes::displayName(DealOutcome::Won), int(DealOutcome::Won));
    kind->addItem(DealOutcomes::displayName(DealOutcome::Lost), int(DealOutcome::Lost));
    kind->setCurrentIndex(kind->findData(int(s.outcome)));
    m_stages->setCellWidget(row, KindColumn, kind);
    auto *probability = new QSpinBox(m_stages);
    probability->setObjectName(QStringLiteral("stageProbability"));
    probability->setAccessibleName(tr("Default probability"));
    probability->setRange(0, 100);
    probability->setSuffix(Formats::percentSuffix());
    probability->setValue(qRound(s.probability * 100));
    m_stages->setCellWidget(row, ProbabilityColumn, probability);
    auto *rotting = new QSpinBox(m_stages);
    rotting->setObjectName(QStringLiteral("stageRotting"));
    rotting->setAccessibleName(tr("Days after which deals rot"));
    rotting->setRange(0, 3650);
    rotting->setSpecialValueText(tr("never"));
    rotting->setSuffix(tr(" days"));
    rotting->setValue(s.rottingDays);
    m_stages->setCellWidget(row, RottingColumn, rotting);
}

Pipeline PipelineSettingsDialog::pipeline() const
{
    Pipeline p = m_pipeline;
    p.name = m_name->text().trimmed();
    p.stages.clear();
    for (int row = 0; row < m_stages->rowCount(); ++row) {
        PipelineStage s;
        s.pipelineId = p.id;
        s.id = m_stages->item(row, NameColumn)->data(StageIdRole).toLongLong();
        s.name = m_stages->item(row, NameColumn)->text().trimmed();
        s.position = row;
        s.outcome = DealOutcome(qobject_cast<QComboBox *>(m_stages->cellWidget(row, KindColumn))->currentData().toInt());
        s.probability = qobject_cast<QSpinBox *>(m_stages->cellWidget(row, ProbabilityColumn))->value() / 100.0;
        s.rottingDays = qobject_cast<QSpinBox *>(m_stages->cellWidget(row, RottingColumn))->value();
        p.stages << s;
    }
    return p;
}

void PipelineSettingsDialog::addStage()
{
    // Before the closing stages, where a new step of the sale belongs.
    int row = m_stages->rowCount();
    for (int r = 0; r < m_stages->rowCount(); ++r) {
        if (qobject_cast<QComboBox *>(m_stages->cellWidget(r, KindColumn))->currentData().toInt() != 0) {
            row = r;
            break;
        }
    }
    PipelineStage s;
    s.name = tr("New stage");
    s.probability = 0.5;
    addRow(s, row);
    m_stages->setCurrentCell(row, NameColumn);
    m_stages->editItem(m_stages->item(row, NameColumn));
}

void PipelineSettingsDialog::removeStage()
{
    const int row = m_stages->currentRow();
    if (row >= 0)
        m_stages->removeRow(row);
}

void PipelineSettingsDialog::moveStage(int delta)
{
    const int row = m_stages->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_stages->rowCount())
        return;
    const Pipeline p = pipeline();
    PipelineStage moved = p.stages.at(row);
    m_stages->removeRow(row);
    addRow(moved, to);
    m_stages->setCurrentCell(to, NameColumn);
}

void PipelineSettingsDialog::accept()
{
    // Return while a stage name is being typed finishes that name (the default button would otherwise
    // save the name as it was before); the next Return saves.
    QWidget *focus = QApplication::focusWidget();
    if (focus && focus->parentWidget() == m_stages->viewport() && qobject_cast<QLineEdit *>(focus)) {
        m_stages->setFocus(); // the editor commits when it loses the focus
        return;
    }
    const Pipeline p = pipeline();
    if (!guarded(this, windowTitle(), [&] { m_workspace.pipelines().save(p); }))
        return;
    QDialog::accept();
}
