#pragma once

#include "tradeshow/TradeShow.h"

#include <QHash>
#include <QWidget>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTimer;
class Workspace;

// Full-screen, keyboard-first capture of the people met at an event. Enter saves (durably, before the
// form clears) and the form is ready for the next person; Esc leaves. What is being typed is kept as a
// draft in the workspace, so neither a crash nor leaving loses it. Badge and QR scanners that type like a
// keyboard (vCard, MECARD, key=value) fill the fields. Possible duplicates show as the person types.
class CaptureWindow : public QWidget
{
    Q_OBJECT
public:
    CaptureWindow(Workspace &workspace, qint64 eventId, QWidget *parent = nullptr);
    ~CaptureWindow() override;

    QLineEdit *field(LeadField f) const { return m_fields.value(f); }
    CaptureInput input() const;
    void setInput(const CaptureInput &input);
    qint64 updatingLeadId() const { return m_updateLeadId; }

public slots:
    bool save();
    void clearForm();
    void leave();
    void updateInstead(qint64 leadId);

signals:
    void saved(qint64 leadId);
    void left();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void closeEvent(class QCloseEvent *event) override;

private:
    void refreshCounters();
    void refreshDuplicates();
    void showError(const QString &message, QWidget *where);
    void applyScan(const QString &text);
    void formChanged();

    Workspace &m_workspace;
    TradeShow m_show;
    qint64 m_eventId;
    QString m_eventName;
    QHash<LeadField, QLineEdit *> m_fields;
    QButtonGroup *m_interest;
    QComboBox *m_product;
    QPlainTextEdit *m_notes;
    QCheckBox *m_consent;
    QLabel *m_consentText;
    QLabel *m_counters;
    QLabel *m_status;
    QLabel *m_error;
    QLabel *m_updating;
    QPushButton *m_cancelUpdate;
    QListWidget *m_duplicates;
    QTimer *m_duplicateTimer;
    QTimer *m_draftTimer;
    qint64 m_updateLeadId = 0;
    QString m_scan;        // a vCard arriving from a scanner, until END:VCARD
    bool m_scanning = false;
    bool m_filling = false;
    bool m_leaving = false;
};
