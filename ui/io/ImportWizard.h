#pragma once

#include "io/Importer.h"

#include <QWizard>

#include <atomic>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTableWidget;
class QThread;
class Workspace;

// Import a file, step by step: the file and what it holds; its encoding and delimiter (detected, with a
// manual override and the raw first rows); the column mapping (matched from the header names, changed
// per column, saved for the next file) with the first rows as they will be saved; what to do with
// duplicates; the import itself on a worker thread with its own connection (progress, cancel); and the
// summary with the rejects file and "Undo this import".
class ImportWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { FilePage, FormatPage, MappingPage, DuplicatesPage, ProgressPage, SummaryPage };

    ImportWizard(Workspace &workspace, QWidget *parent = nullptr);
    ~ImportWizard() override;

    void setFile(const QString &path);
    QString file() const;
    ImportOptions options() const;
    const ImportResult &result() const { return m_result; }
    bool isRunning() const { return m_thread != nullptr; }
    // Whether the workspace changed (an import wrote rows, or was undone): the caller refreshes.
    bool changedWorkspace() const { return m_changed; }

    // Pages call these.
    void refreshFormat();
    void refreshMapping();
    void refreshPreview();
    void startImport();
    void undoImport();

public slots:
    void reject() override;

signals:
    void importFinished(const ImportResult &result);

private:
    friend class ImportPages;
    void finished(const ImportResult &result, const QString &error);
    void fillMappingTable();
    ColumnMapping mappingFromTable() const;
    ImportKind kind() const;

    Workspace &m_workspace;
    ImportPreview m_preview;
    ImportResult m_result;
    QString m_error;
    QThread *m_thread = nullptr;
    std::atomic_bool m_cancel{false};
    bool m_changed = false;
    bool m_updatingTable = false;

    // File
    QLineEdit *m_file;
    QComboBox *m_kind;
    // Format
    QComboBox *m_encoding;
    QComboBox *m_delimiter;
    QLabel *m_detected;
    QTableWidget *m_raw;
    // Mapping
    QComboBox *m_saved;
    QPushButton *m_saveMapping;
    QTableWidget *m_mapping;
    QTableWidget *m_rows;
    QLabel *m_mappingProblem;
    // Duplicates
    QRadioButton *m_skip;
    QRadioButton *m_fill;
    QRadioButton *m_overwrite;
    QComboBox *m_activityType;
    QLabel *m_resumeNote;
    // Progress and summary
    QProgressBar *m_progress;
    QLabel *m_status;
    QLabel *m_summary;
    QLabel *m_warnings;
    QPushButton *m_openRejects;
    QPushButton *m_undo;
};
