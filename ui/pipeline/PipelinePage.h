#pragma once

#include "shell/Page.h"

class DealBoard;
class LeadBoard;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTimer;
class QToolButton;

// The "Pipeline" screen: the deal board of a pipeline and the lead board (lifecycle stages), with the
// filters they share (owner, text; the close-date range for deals) and the pipeline's settings.
class PipelinePage : public Page
{
    Q_OBJECT
public:
    explicit PipelinePage(QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("pipeline"); }
    QString title() const override;
    QIcon icon() const override;
    void setWorkspace(Workspace *workspace, QUndoStack *undoStack) override;
    void setReadOnly(bool readOnly) override;

    DealBoard *dealBoard() const { return m_deals; }
    LeadBoard *leadBoard() const { return m_leads; }
    QTabWidget *tabs() const { return m_tabs; }
    QComboBox *pipelineCombo() const { return m_pipeline; }
    QComboBox *ownerFilter() const { return m_owner; }
    QLineEdit *searchField() const { return m_search; }

public slots:
    void newPipeline();
    void editPipeline();
    void deletePipeline();
    void applyFilters();

private:
    void reloadPipelines();
    void reloadOwners();
    void updateControls();

    Workspace *m_workspace = nullptr;
    QUndoStack *m_undo = nullptr;
    bool m_readOnly = false;
    QComboBox *m_pipeline;
    QToolButton *m_pipelineMenu;
    QPushButton *m_newDeal;
    QComboBox *m_owner;
    QLineEdit *m_search;
    QCheckBox *m_closeFilter;
    QDateEdit *m_closeFrom;
    QDateEdit *m_closeTo;
    QTimer *m_searchTimer;
    QTabWidget *m_tabs;
    DealBoard *m_deals;
    LeadBoard *m_leads;
};
