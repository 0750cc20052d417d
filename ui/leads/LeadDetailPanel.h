#pragma once

#include "leads/Lead.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTreeWidget;
class QUndoStack;
class Workspace;

// One lead, editable: its fields (validated, each change an undoable command), its activity timeline
// with calls, e-mails, meetings and notes logged by hand, and its stage history.
class LeadDetailPanel : public QWidget
{
    Q_OBJECT
public:
    explicit LeadDetailPanel(QWidget *parent = nullptr);

    void setWorkspace(Workspace *workspace, QUndoStack *undoStack);
    void setLead(qint64 leadId);
    qint64 leadId() const { return m_leadId; }
    void setReadOnly(bool readOnly);

    // The widget that edits a field (tests and accessibility find fields by it).
    QWidget *editor(LeadField field) const { return m_editors.value(field); }
    QString errorText() const;
    class ScoreExplanationView *scoreView() const { return m_scoreView; }

public slots:
    void logActivity(int activityType);
    void changeStage();
    // BANT qualification (SQL or Nurturing).
    void qualify();
    void planFollowUp();
    void deleteSelectedActivity();

private:
    void buildForm(QWidget *page);
    void reload();
    void showLead();
    void showActivities();
    void showHistory();
    void showSales();
    void commit(LeadField field, const QVariant &value);
    void setFieldError(LeadField field, const QString &message);
    void clearFieldError();
    void reloadChoices();
    QLineEdit *addLine(LeadField field, class QFormLayout *form);

    Workspace *m_workspace = nullptr;
    QUndoStack *m_undo = nullptr;
    qint64 m_leadId = 0;
    std::optional<Lead> m_lead;
    bool m_readOnly = false;
    bool m_loading = false;
    std::optional<LeadField> m_errorField;

    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_stage;
    QLabel *m_score;
    QPushButton *m_changeStage;
    QLabel *m_error;
    QTabWidget *m_tabs;
    QHash<LeadField, QWidget *> m_editors;
    QComboBox *m_source;
    QComboBox *m_campaign;
    QComboBox *m_owner;
    QComboBox *m_industry;
    QComboBox *m_magnet;
    QCheckBox *m_consent;
    QLabel *m_consentDate;
    QCheckBox *m_unsubscribed;
    QPlainTextEdit *m_notes;
    QLabel *m_created;
    QTreeWidget *m_activities;
    QPushButton *m_deleteActivity;
    QTreeWidget *m_history;
    QTreeWidget *m_sales;
    QPushButton *m_qualify;
    class ScoreExplanationView *m_scoreView;
    QList<QWidget *> m_editingWidgets;
};
