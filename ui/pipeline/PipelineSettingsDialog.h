#pragma once

#include "pipeline/Deal.h"

#include <QDialog>

class QLineEdit;
class QTableWidget;
class Workspace;

// A pipeline's name and stages: add, rename, reorder, remove; each stage's kind (open, won, lost),
// default probability and the days after which its deals rot. Saved as a whole by
// PipelineRepository::save, which refuses (and saves nothing) when the pipeline would be unsound.
class PipelineSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    PipelineSettingsDialog(Workspace &workspace, const Pipeline &pipeline, QWidget *parent = nullptr);

    Pipeline pipeline() const;
    QTableWidget *stagesTable() const { return m_stages; }
    void accept() override;

    void addStage();
    void removeStage();
    void moveStage(int delta);

private:
    void addRow(const PipelineStage &stage, int row);

    Workspace &m_workspace;
    Pipeline m_pipeline;
    QLineEdit *m_name;
    QTableWidget *m_stages;
};
