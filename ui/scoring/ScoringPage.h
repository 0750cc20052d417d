#pragma once

#include "shell/Page.h"

#include "scoring/RuleSet.h"

#include <QPointer>

class QChartView;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;
class QTimer;
class QTreeWidget;
class RescoreJob;
class RuleEditor;
class RuleListModel;

// The "Scoring" screen: the rules editor with a live preview (the distribution of scores and how many
// leads would cross the threshold under the edited rules, before they are saved), saving (undoable)
// with a background re-score of every lead, the threshold advisor and the attribute lift.
class ScoringPage : public Page
{
    Q_OBJECT
public:
    explicit ScoringPage(QWidget *parent = nullptr);
    ~ScoringPage() override;

    QString pageId() const override { return QStringLiteral("scoring"); }
    QString title() const override { return tr("Scoring"); }
    QIcon icon() const override;
    void setWorkspace(Workspace *workspace, QUndoStack *undoStack) override;
    void setReadOnly(bool readOnly) override;

    // The rule set as edited (not saved yet).
    RuleSet draft() const;
    bool isDirty() const;
    bool isRescoring() const;
    QString previewText() const;

public slots:
    void save();
    void revert();
    void restoreDefaults();
    void refreshInsights();
    // Re-scores every lead in the background (after saving rules, the daily decay re-score).
    void startRescore(const QString &reason, int previousThreshold);

signals:
    void previewUpdated();
    void rescoreFinished();

private:
    void loadStored();
    void draftChanged();
    void startPreview();
    void selectRow(int row);
    void addRule(RuleKind kind);
    void updateButtons();
    void buildRulesTab(QWidget *tab);
    void buildAdvisorTab(QWidget *tab);
    void buildLiftTab(QWidget *tab);
    void showLift();

    Workspace *m_workspace = nullptr;
    QUndoStack *m_undo = nullptr;
    bool m_readOnly = false;
    RuleSet m_stored;
    bool m_loading = false;

    QTabWidget *m_tabs;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    RuleListModel *m_model;
    QTableView *m_table;
    RuleEditor *m_editor;
    QPushButton *m_addProfile;
    QPushButton *m_addBehaviour;
    QPushButton *m_addNoOpens;
    QPushButton *m_remove;
    QSpinBox *m_threshold;
    QSpinBox *m_warm;
    QSpinBox *m_hot;
    QChartView *m_previewChart;
    QLabel *m_preview;
    QPushButton *m_save;
    QPushButton *m_revert;
    QPushButton *m_defaults;
    QTimer *m_previewTimer;
    QPointer<RescoreJob> m_previewJob;
    QPointer<RescoreJob> m_rescoreJob;

    QLabel *m_advice;
    QChartView *m_adviceChart;
    QTreeWidget *m_adviceTable;
    QPushButton *m_useSuggested;
    int m_suggested = 0;
    QLabel *m_liftSummary;
    QComboBox *m_liftAttribute;
    QTreeWidget *m_liftTable;
    struct LiftData;
    std::unique_ptr<LiftData> m_lift;
};
