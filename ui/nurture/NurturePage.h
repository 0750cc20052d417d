#pragma once

#include "shell/Page.h"

#include "nurture/NurtureService.h"

#include <QPointer>

#include <memory>

class FlowView;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableWidget;
class QTextBrowser;
class QTimeEdit;
class QTimer;
class QUndoStack;
class StepEditor;

// The "Nurture" screen: sequences in a list; for the selected one, its flow drawn as a diagram with a
// step editor beside it (add, change, link, remove steps; undo and redo; the problems that keep it
// from running, listed and marked on the cards), its enrolments (by hand, by segment), its statistics
// per step; the e-mail templates with a preview for a real lead; the sending settings (SMTP, the
// password in the keychain, unsubscribe targets, cap, quiet hours), a dry run and "send now".
class NurturePage : public Page
{
    Q_OBJECT
public:
    explicit NurturePage(QWidget *parent = nullptr);
    ~NurturePage() override;

    QString pageId() const override { return QStringLiteral("nurture"); }
    QString title() const override { return tr("Nurture"); }
    QIcon icon() const override;
    void setWorkspace(Workspace *workspace, QUndoStack *undoStack) override;
    void setReadOnly(bool readOnly) override;

    Nurture::NurtureService *service() const { return m_service.get(); }
    Nurture::Sequence draft() const { return m_draft; }
    bool isDirty() const { return m_dirty; }
    QUndoStack *flowUndoStack() const { return m_flowUndo; }
    FlowView *flowView() const { return m_flow; }
    bool isSending() const { return m_sending; }

    // The draft's edits go through the flow's undo stack (the editor calls this).
    void applyDraft(const Nurture::Sequence &sequence);

public slots:
    void newSequence();
    void saveSequence();
    void activate();
    void pause();
    void addStep(int type);
    void removeStep();
    void setStart();
    void dryRun();
    void sendNow() { startSending(true); }
    // Asks which sequence and enrols these leads (Leads > Add to Nurture Sequence…).
    void enrolDialog(const QList<qint64> &leadIds);

signals:
    void sendFinished();

private:
    QWidget *buildFlowTab();
    QWidget *buildEnrolmentTab();
    QWidget *buildStatsTab();
    QWidget *buildTemplatesTab();
    QWidget *buildSendingTab();

    void reloadSequences(qint64 select = 0);
    void loadSequence(qint64 id);
    void edit(const Nurture::Sequence &after, const QString &what);
    void showDraft();
    void showStep(int id);
    bool confirmDiscard();
    void reloadEnrolments();
    void reloadStats();
    void reloadTemplates(qint64 select = 0);
    void loadTemplate(qint64 id);
    void saveTemplate();
    void deleteTemplate();
    void updatePreview();
    void loadSettings();
    void saveSettings();
    void enrolSegment();
    void enrolLeads();
    void unenrolSelected();
    std::function<QString(qint64)> templateNames() const;

    Workspace *m_workspace = nullptr;
    std::unique_ptr<Nurture::NurtureService> m_service;
    Nurture::Sequence m_draft;
    bool m_dirty = false;
    bool m_readOnly = false;
    QUndoStack *m_flowUndo = nullptr;
    bool m_sending = false;
    bool m_interactiveSend = true;
    void startSending(bool interactive);
    QTimer *m_autoTimer = nullptr;
    QCheckBox *m_autoSend = nullptr;
    void sendDone(const Nurture::RunReport &report, const QString &error);

    QListWidget *m_sequences = nullptr;
    QTabWidget *m_tabs = nullptr;
    // Flow
    QLineEdit *m_name = nullptr;
    QLabel *m_status = nullptr;
    QCheckBox *m_exitReplied = nullptr;
    QCheckBox *m_exitConverted = nullptr;
    QCheckBox *m_exitUnsubscribed = nullptr;
    QCheckBox *m_exitBounced = nullptr;
    QCheckBox *m_exitDisqualified = nullptr;
    QComboBox *m_autoSegment = nullptr;
    QCheckBox *m_bantDefault = nullptr;
    FlowView *m_flow = nullptr;
    StepEditor *m_stepEditor = nullptr;
    QListWidget *m_problems = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_activate = nullptr;
    QPushButton *m_pause = nullptr;
    QList<QWidget *> m_editWidgets;
    // Enrolments and statistics
    QTableWidget *m_enrolments = nullptr;
    QComboBox *m_segment = nullptr;
    QLineEdit *m_leadIds = nullptr;
    QLabel *m_counts = nullptr;
    QTableWidget *m_stats = nullptr;
    // Templates
    QListWidget *m_templates = nullptr;
    qint64 m_templateId = 0;
    QLineEdit *m_templateName = nullptr;
    QLineEdit *m_subject = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QPlainTextEdit *m_html = nullptr;
    QComboBox *m_insertField = nullptr;
    QSpinBox *m_previewLead = nullptr;
    QLabel *m_previewSubject = nullptr;
    QPlainTextEdit *m_previewText = nullptr;
    QTextBrowser *m_previewHtml = nullptr;
    QLabel *m_templateProblems = nullptr;
    // Sending
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QComboBox *m_security = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_from = nullptr;
    QLineEdit *m_fromName = nullptr;
    QLineEdit *m_replyTo = nullptr;
    QLineEdit *m_caFile = nullptr;
    QLineEdit *m_unsubMailto = nullptr;
    QLineEdit *m_unsubUrl = nullptr;
    QPlainTextEdit *m_postal = nullptr;
    QPlainTextEdit *m_footer = nullptr;
    QSpinBox *m_capCount = nullptr;
    QSpinBox *m_capDays = nullptr;
    QCheckBox *m_quiet = nullptr;
    QTimeEdit *m_quietFrom = nullptr;
    QTimeEdit *m_quietTo = nullptr;
    QCheckBox *m_weekends = nullptr;
    QLabel *m_sendingState = nullptr;
    QTableWidget *m_plan = nullptr;
    QPushButton *m_sendNow = nullptr;
};
