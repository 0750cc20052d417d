#pragma once

#include "shell/Page.h"

class LeadDetailPanel;
class LeadFilterBar;
class LeadTableModel;
class QLabel;
class QSplitter;
class QStackedWidget;
class QTableView;
class QUndoStack;
class Workspace;

// The lead workspace: search and filters, the list of every lead (a million rows scroll as fast as
// ten), and the selected lead's detail.
class LeadsPage : public Page
{
    Q_OBJECT
public:
    explicit LeadsPage(QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("leads"); }
    QString title() const override;
    QIcon icon() const override;
    void setWorkspace(Workspace *workspace, QUndoStack *undoStack) override;
    void setReadOnly(bool readOnly) override;

    LeadTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    LeadFilterBar *filterBar() const { return m_filterBar; }
    LeadDetailPanel *detail() const { return m_detail; }
    QSplitter *splitter() const { return m_splitter; }

    QList<qint64> selectedLeadIds() const;
    qint64 currentLeadId() const;
    void selectLead(qint64 id);

public slots:
    void newLead();
    void deleteSelected();
    void mergeSelected();
    void changeStage();
    void logCall();
    void addNote();
    void focusSearch();
    // Shows a lead, clearing the filters when they hide it.
    void showLead(qint64 id);
    void assignSelected();
    void routeSelected();

signals:
    void countsChanged(qint64 shown, qint64 total);
    void selectionChanged(int selected);
    void demoRequested();

private:
    void updateEmptyState();
    void onCurrentChanged();
    void restoreSelection();

    Workspace *m_workspace = nullptr;
    QUndoStack *m_undo = nullptr;
    bool m_readOnly = false;
    LeadFilterBar *m_filterBar;
    LeadTableModel *m_model;
    QTableView *m_table;
    QStackedWidget *m_listStack;
    LeadDetailPanel *m_detail;
    QSplitter *m_splitter;
    qint64 m_current = 0;
};
