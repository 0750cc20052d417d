#pragma once

#include "shell/Page.h"

#include <QPointer>

class CaptureWindow;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;
class Workspace;

// Events (trade shows: campaigns with a cost), their consent wording, capture mode, and the summary
// after the event: leads captured, how many hot, cost per lead, and routing the leads to reps.
class TradeShowPage : public Page
{
    Q_OBJECT
public:
    explicit TradeShowPage(QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("tradeshow"); }
    QString title() const override;
    QIcon icon() const override;
    void setWorkspace(Workspace *workspace, QUndoStack *undoStack) override;
    void setReadOnly(bool readOnly) override;

    qint64 currentEvent() const;
    void selectEvent(qint64 eventId);
    CaptureWindow *captureWindow() const;

public slots:
    void newEvent();
    void startCapture();
    void assignToReps();
    void enrolInSequence();
    void refresh();

signals:
    // The event's leads, for the shell to offer the nurture sequences (the Nurture page's enrol dialog).
    void enrolInSequenceRequested(const QList<qint64> &leadIds);

private:
    void reloadEvents(qint64 select = 0);
    void saveConsentWording();

    Workspace *m_workspace = nullptr;
    bool m_readOnly = false;
    QComboBox *m_events;
    QPushButton *m_newEvent;
    QPushButton *m_start;
    QLabel *m_eventInfo;
    QPlainTextEdit *m_consent;
    QLabel *m_summary;
    QTreeWidget *m_leads;
    QPushButton *m_assign;
    QPushButton *m_enrol;
    QPointer<CaptureWindow> m_capture;
};
