#pragma once

#include "leads/LeadFilter.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class Workspace;

// Leads > Export Leads…: the selected leads, the leads shown (search, filters, segment), a saved segment
// or all of them, to CSV (UTF-8, optional byte-order mark for spreadsheet programs) or vCard. The file
// is written on a worker thread with its own connection.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    ExportDialog(Workspace &workspace, const QList<qint64> &selection, const LeadFilter &shown, QWidget *parent = nullptr);

    void setPath(const QString &path);
    qint64 written() const { return m_written; }

public slots:
    void accept() override;

private:
    void updateFormat();

    Workspace &m_workspace;
    QList<qint64> m_selection;
    LeadFilter m_shown;
    QRadioButton *m_selected;
    QRadioButton *m_shownLeads;
    QRadioButton *m_segment;
    QRadioButton *m_all;
    QComboBox *m_segments;
    QComboBox *m_format;
    QCheckBox *m_bom;
    QLineEdit *m_path;
    qint64 m_written = 0;
};
