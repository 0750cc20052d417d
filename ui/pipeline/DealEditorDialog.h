#pragma once

#include "pipeline/Deal.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QCompleter;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QStandardItemModel;
class Workspace;

// A deal's fields, for a new deal or an existing one: title, lead (found by typing part of a name,
// among a million leads), company, amount and currency, expected close, stage, probability (the stage's
// by default), owner, gross margin; for a closed deal its outcome and reason; its stage history.
// The values are checked by DealRepository::check before the dialog closes.
class DealEditorDialog : public QDialog
{
    Q_OBJECT
public:
    DealEditorDialog(Workspace &workspace, const Deal &deal, QWidget *parent = nullptr);

    Deal deal() const;
    void setReadOnly(bool readOnly);
    void accept() override;

    QLineEdit *leadField() const { return m_lead; }
    QCompleter *leadCompleter() const { return m_completer; }

signals:
    void deleteRequested();

private:
    void searchLeads(const QString &text);
    void chooseLead(qint64 leadId, const QString &display);
    void updateProbabilityDefault();
    QString problem() const;

    Workspace &m_workspace;
    Deal m_deal;
    Pipeline m_pipeline;
    std::optional<qint64> m_leadId;
    QString m_leadDisplay;
    QLineEdit *m_title;
    QLineEdit *m_lead;
    QCompleter *m_completer;
    QStandardItemModel *m_leadMatches;
    QLineEdit *m_company;
    QDoubleSpinBox *m_amount;
    QComboBox *m_currency;
    QCheckBox *m_hasClose;
    QDateEdit *m_expectedClose;
    QComboBox *m_stage;
    QSpinBox *m_probability;
    QComboBox *m_owner;
    QLineEdit *m_margin;
    QLineEdit *m_closeReason = nullptr;
    QListWidget *m_history;
    QPushButton *m_delete = nullptr;
};
