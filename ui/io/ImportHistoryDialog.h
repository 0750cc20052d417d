#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;
class Workspace;

// File > Import History: every import of the workspace with what it did; "Undo this import" removes the
// rows it created and gives the fields it changed their values back; the rejects file of each.
class ImportHistoryDialog : public QDialog
{
    Q_OBJECT
public:
    ImportHistoryDialog(Workspace &workspace, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    bool changedWorkspace() const { return m_changed; }
    void reload();

    // Asks, then undoes the import on a worker thread with its own connection and a progress dialog.
    // Returns whether it was undone.
    static bool undoImport(Workspace &workspace, qint64 importId, QWidget *parent);

private:
    qint64 currentId() const;
    void updateButtons();

    Workspace &m_workspace;
    QTableWidget *m_table;
    QLabel *m_details;
    QPushButton *m_undo;
    QPushButton *m_rejects;
    bool m_changed = false;
};
