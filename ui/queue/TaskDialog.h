#pragma once

#include "tasks/TaskRepository.h"

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QPlainTextEdit;
class Workspace;

// A follow-up task: what (call, e-mail, meeting, to-do), when, the reminder, for whom.
class TaskDialog : public QDialog
{
    Q_OBJECT
public:
    TaskDialog(Workspace &workspace, const Task &task, QWidget *parent = nullptr);

    Task task() const;
    void accept() override;

private:
    Task m_task;
    QComboBox *m_type;
    QLineEdit *m_title;
    QDateTimeEdit *m_due;
    QComboBox *m_reminder;
    QComboBox *m_rep;
    QPlainTextEdit *m_notes;
};
